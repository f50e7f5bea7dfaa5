package org.riparian.model.network;

/** Whether a structure exists or is planned; a planned reservoir behaves as a plain junction until a scenario builds it. */
public enum Status {
    EXISTING, PLANNED
}
