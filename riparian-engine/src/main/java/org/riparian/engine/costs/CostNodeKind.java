package org.riparian.engine.costs;

/**
 * What a node of a cost network does with water. The flow a node's bounds and cost apply to is what leaves an input,
 * what enters a link or an output, and what a storage gains (inflow minus outflow, negative when it releases).
 */
public enum CostNodeKind {
    INPUT, LINK, OUTPUT, STORAGE
}
