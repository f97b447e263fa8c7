package io.jingxi.shared.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jingxi.shared.DomainException;

/** Reading uploaded workbooks: cells as the user typed them, rows numbered as Excel shows them. */
class XlsxReaderTests {

	@Test
	void datesNumbersAndTextAreReadAsTypedAndEmptyRowsAreSkipped() throws IOException {
		byte[] file;
		try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("人员");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("工号");
			header.createCell(1).setCellValue("手机");
			header.createCell(2).setCellValue("入职日期");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
			Row first = sheet.createRow(1);
			first.createCell(0).setCellValue(1001);
			first.createCell(1).setCellValue(13800138000d);
			var hired = first.createCell(2);
			hired.setCellValue(LocalDate.of(2024, 3, 1));
			hired.setCellStyle(date);
			sheet.createRow(2).createCell(0).setCellValue(" ");
			Row fourth = sheet.createRow(3);
			fourth.createCell(0).setCellValue("E-7");
			fourth.createCell(2).setCellValue("2024年3月1日");
			workbook.write(bytes);
			file = bytes.toByteArray();
		}

		SheetRows read = XlsxReader.read(file, 10);

		assertThat(read.headers()).containsExactly("工号", "手机", "入职日期");
		assertThat(read.rows()).extracting(SheetRows.Row::number).containsExactly(2, 4);
		assertThat(read.rows().get(0).cells()).containsExactly("1001", "13800138000", "2024-03-01");
		assertThat(read.rows().get(1).cell(0)).isEqualTo("E-7");
		assertThat(read.rows().get(1).cell(1)).isEmpty();
		assertThat(read.rows().get(1).cell(7)).isEmpty();
	}

	@Test
	void moreRowsThanAllowedAreRefused() {
		byte[] file = Workbooks.xlsx(List.of("工号"), List.of(List.of("1"), List.of("2"), List.of("3")));

		assertThatThrownBy(() -> XlsxReader.read(file, 2)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("xlsx.tooManyRows"));
	}

	@Test
	void anArchiveThatUnpacksBeyondTheLimitIsRefused(@TempDir Path dir) throws IOException {
		Path zip = dir.resolve("bomb.xlsx");
		try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			out.write(new byte[2 * 1024 * 1024]);
			out.closeEntry();
		}

		assertThatThrownBy(() -> XlsxReader.refuseZipBomb(zip, 1024 * 1024)).isInstanceOf(DomainException.class);
		assertThatCode(() -> XlsxReader.refuseZipBomb(zip, 3 * 1024 * 1024)).doesNotThrowAnyException();
	}
}
