package io.jingxi.shared.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import io.jingxi.shared.DomainException;

/**
 * Reads the first sheet of an xlsx file with POI's streaming (SAX) reader, so memory grows with
 * the text of the cells, not with POI's object model. Dates come out as ISO dates (2024-03-01) and
 * whole numbers without decimals or exponent (13800138000), whatever the cell format.
 */
public final class XlsxReader {

	/** What a workbook may unpack to: fifty thousand rows of people take about a tenth of it. */
	public static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

	/** Columns beyond this are ignored: no template has that many. */
	private static final int MAX_COLUMNS = 50;

	private XlsxReader() {
	}

	/**
	 * The first sheet of an uploaded workbook: its header row and its non-empty rows, at most
	 * {@code maxRows} of them. A file that is not an xlsx workbook is refused with a 400 on the
	 * field {@code file}.
	 */
	public static SheetRows read(byte[] bytes, int maxRows) {
		if (!looksLikeZip(bytes)) {
			throw DomainException.invalidField("file", "xlsx.notXlsx");
		}
		Path file = null;
		// Opened from a file, POI inflates each part only while it is read instead of all at once.
		try {
			file = Files.createTempFile("jingxi-import-", ".xlsx");
			Files.write(file, bytes);
			refuseZipBomb(file, MAX_UNPACKED_BYTES);
			return read(file, maxRows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not buffer the upload", ex);
		}
		finally {
			deleteQuietly(file);
		}
	}

	private static SheetRows read(Path file, int maxRows) {
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			var strings = new ReadOnlySharedStringsTable(pkg);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw DomainException.invalidField("file", "xlsx.notXlsx");
			}
			var collector = new Collector(maxRows);
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, collector,
						new PlainFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
			if (collector.headers == null) {
				throw DomainException.invalidField("file", "xlsx.noHeader");
			}
			return new SheetRows(collector.headers, collector.rows);
		}
		catch (DomainException ex) {
			throw ex;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("No XML parser", ex);
		}
		catch (IOException | SAXException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException
				| IllegalArgumentException | IllegalStateException | UnsupportedOperationException ex) {
			throw DomainException.invalidField("file", "xlsx.notXlsx");
		}
	}

	/**
	 * Inflates the whole upload once, counting, before POI sees it: a small file that unpacks to
	 * gigabytes (a zip bomb) is refused as not a workbook instead of filling the memory.
	 */
	public static void refuseZipBomb(Path file, long maxUnpackedBytes) {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (var zip = new ZipFile(file.toFile())) {
			var entries = zip.entries();
			while (entries.hasMoreElements()) {
				try (InputStream in = zip.getInputStream(entries.nextElement())) {
					int read;
					while ((read = in.read(buffer)) > 0) {
						total += read;
						if (total > maxUnpackedBytes) {
							throw DomainException.invalidField("file", "xlsx.notXlsx");
						}
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw DomainException.invalidField("file", "xlsx.notXlsx");
		}
	}

	private static void deleteQuietly(@Nullable Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				file.toFile().deleteOnExit();
			}
		}
	}

	private static boolean looksLikeZip(byte[] bytes) {
		return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
	}

	/** Collects the header (the first non-empty row) and every later non-empty row. */
	private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final int maxRows;

		private @Nullable List<String> headers;

		private final List<SheetRows.Row> rows = new ArrayList<>();

		private final List<String> current = new ArrayList<>();

		private int nextColumn;

		Collector(int maxRows) {
			this.maxRows = maxRows;
		}

		@Override
		public void startRow(int rowNum) {
			current.clear();
			nextColumn = 0;
		}

		@Override
		public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
			int column = reference == null ? nextColumn : new CellReference(reference).getCol();
			nextColumn = column + 1;
			if (column >= MAX_COLUMNS) {
				return;
			}
			while (current.size() <= column) {
				current.add("");
			}
			current.set(column, value == null ? "" : value);
		}

		@Override
		public void endRow(int rowNum) {
			if (current.stream().allMatch(String::isBlank)) {
				return;
			}
			if (headers == null) {
				headers = List.copyOf(current.stream().map(String::strip).toList());
				return;
			}
			if (rows.size() >= maxRows) {
				throw DomainException.invalidField("file", "xlsx.tooManyRows", maxRows);
			}
			rows.add(new SheetRows.Row(rowNum + 1, current));
		}
	}

	/** Formats dates as ISO dates and whole numbers plainly, so that codes and phones read as typed. */
	private static final class PlainFormatter extends DataFormatter {

		PlainFormatter() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing);
				return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
						: dateTime.toString();
			}
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return Long.toString((long) value);
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
		}
	}
}
