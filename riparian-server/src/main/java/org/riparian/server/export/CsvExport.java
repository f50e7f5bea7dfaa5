package org.riparian.server.export;

import java.util.List;
import org.riparian.store.Times;
import org.riparian.store.datastream.Datastream;

/** A datastream as CSV: phenomenon time, value, unit, processing level and QC flags, one line per phenomenon time. */
public final class CsvExport {

    private CsvExport() {
    }

    public static String write(Datastream datastream, List<ExportedValue> values) {
        StringBuilder csv = new StringBuilder("phenomenonTime,result,unit,processingLevel,qcFlags\n");
        for (ExportedValue value : values) {
            csv.append(Times.formatInterval(value.value().startMs(), value.value().endMs())).append(',')
                    .append(value.value().result()).append(',')
                    .append(datastream.unit().symbol()).append(',')
                    .append(value.value().level().word()).append(',')
                    .append(quoted(String.join("; ", value.flags()))).append('\n');
        }
        return csv.toString();
    }

    private static String quoted(String text) {
        return text.isEmpty() ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
