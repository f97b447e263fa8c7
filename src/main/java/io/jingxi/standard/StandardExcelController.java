package io.jingxi.standard;

import java.time.Clock;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.jingxi.shared.xlsx.XlsxDownloads;

/** A standard version as Excel: the blank template, the export of a version, imports as new drafts. */
@RestController
@RequestMapping("/api/v1/standards")
class StandardExcelController {

	private final StandardService standards;

	private final StandardImportService imports;

	private final Clock clock;

	StandardExcelController(StandardService standards, StandardImportService imports, Clock clock) {
		this.standards = standards;
		this.imports = imports;
		this.clock = clock;
	}

	@GetMapping("/import-template")
	@PreAuthorize("hasAuthority('standard:read')")
	ResponseEntity<byte[]> template() {
		return XlsxDownloads.template(StandardExcel.template(), "检查表导入模板");
	}

	/** Streams a version, one row per item, with the import template's columns. */
	@GetMapping("/{id}/versions/{number}/export")
	@PreAuthorize("hasAuthority('standard:read')")
	ResponseEntity<StreamingResponseBody> export(@PathVariable long id, @PathVariable int number) {
		StandardVersionView version = standards.version(id, number);
		return XlsxDownloads.export(out -> StandardExcel.export(version, out),
				version.standardCode() + "-v" + version.number(), clock);
	}

	/** Checks an Excel file (DRY_RUN) or makes a new draft from it (COMMIT), as a background job. */
	@PostMapping("/{id}/imports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAuthority('standard:write')")
	StandardImportJobView importDraft(@PathVariable long id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "DRY_RUN") ImportMode mode, Locale locale) {
		return imports.submit(id, mode, file, locale);
	}

	@GetMapping("/imports/{jobId}")
	@PreAuthorize("hasAuthority('standard:write')")
	StandardImportJobView importJob(@PathVariable long jobId, Locale locale) {
		return imports.get(jobId, locale);
	}
}
