package io.jingxi.organization;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Progress and outcome of the Excel imports the current user started. */
@RestController
@RequestMapping("/api/v1/imports")
class ImportController {

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('org:unit:write', 'org:person:write')")
	ImportJobView get(@PathVariable long id, Locale locale) {
		return imports.get(id, locale);
	}
}
