package org.riparian.server.bulletin;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.riparian.server.compliance.SyntheticNotice;

/**
 * The bulletin as a landscape A4 PDF, section for section (each river basin from a new page) and table for table as on
 * the HTML page; numbers with one decimal, missing ones as "no data".
 */
public final class BulletinPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font SECTION = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 7.5f);
    private static final Font HEAD = new Font(Font.HELVETICA, 7.5f, Font.BOLD);
    private static final Font WARNING = new Font(Font.HELVETICA, 10, Font.BOLD, new Color(0x8a, 0x5a, 0x00));

    private BulletinPdf() {
    }

    public static byte[] of(Bulletin bulletin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(bulletin.title());
            document.open();
            document.add(new Paragraph(bulletin.title(), TITLE));
            document.add(new Paragraph(bulletin.subtitle(), BODY));
            if (bulletin.synthetic()) {
                document.add(new Paragraph(SyntheticNotice.TEXT, WARNING));
            }
            for (Section section : bulletin.sections()) {
                if (section != bulletin.sections().get(0)) {
                    document.newPage();
                }
                Paragraph heading = new Paragraph(section.title(), SECTION);
                heading.setSpacingBefore(14);
                document.add(heading);
                for (Table table : section.tables()) {
                    add(document, table);
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the bulletin's PDF could not be laid out: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** One decimal, as on the HTML page, so a reader of either sees the same figure. */
    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static void add(Document document, Table table) throws DocumentException {
        Paragraph heading = new Paragraph(table.title(), HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        document.add(heading);
        if (table.rows().isEmpty()) {
            document.add(new Paragraph("none", BODY));
            return;
        }
        PdfPTable pdf = new PdfPTable(table.headers().size());
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        table.headers().forEach(header -> {
            PdfPCell cell = new PdfPCell(new Phrase(header, HEAD));
            cell.setBackgroundColor(new Color(0xee, 0xf1, 0xf5));
            pdf.addCell(cell);
        });
        for (List<Table.Cell> row : table.rows()) {
            row.forEach(cell -> pdf.addCell(cell(cell)));
        }
        document.add(pdf);
    }

    private static PdfPCell cell(Table.Cell cell) {
        if (cell instanceof Table.Number number) {
            PdfPCell pdf = new PdfPCell(new Phrase(number.value().map(BulletinPdf::number).orElse("no data"), BODY));
            pdf.setHorizontalAlignment(Element.ALIGN_RIGHT);
            return pdf;
        }
        String text = ((Table.Text) cell).text();
        PdfPCell pdf = new PdfPCell(new Phrase(text, BODY));
        switch (text) {
            case "breached" -> pdf.setBackgroundColor(new Color(0xf8, 0xd7, 0xda));
            case "within tolerance" -> pdf.setBackgroundColor(new Color(0xff, 0xf3, 0xcd));
            case "met" -> pdf.setBackgroundColor(new Color(0xd1, 0xe7, 0xdd));
            default -> { }
        }
        return pdf;
    }
}
