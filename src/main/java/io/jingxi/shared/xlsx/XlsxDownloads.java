package io.jingxi.shared.xlsx;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The HTTP side of the Excel files: templates as bytes, exports streamed to the response. */
public final class XlsxDownloads {

	private static final MediaType XLSX = MediaType.parseMediaType(XlsxTemplate.CONTENT_TYPE);

	private XlsxDownloads() {
	}

	public static ResponseEntity<byte[]> template(byte[] bytes, String name) {
		return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".xlsx"))
			.body(bytes);
	}

	/** Streams straight to the response's output stream: nothing is built in memory first. */
	public static ResponseEntity<StreamingResponseBody> export(XlsxExport.Body body, String name, Clock clock) {
		String file = name + "-" + LocalDate.now(clock) + ".xlsx";
		return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, attachment(file))
			.body(body::writeTo);
	}

	private static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}
}
