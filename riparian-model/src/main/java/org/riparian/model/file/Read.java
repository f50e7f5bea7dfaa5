package org.riparian.model.file;

import java.util.Optional;

/** What one entry of a list in the file gave: the record when it was whole, and where the entry stands. */
record Read<T>(Field at, Optional<T> value) {
}
