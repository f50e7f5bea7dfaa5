package org.riparian.server.export;

import java.util.List;
import org.riparian.store.observation.BestValue;

/** A value to export, with the QC flags of its observation ("suspect range", ...). */
public record ExportedValue(BestValue value, List<String> flags) {
}
