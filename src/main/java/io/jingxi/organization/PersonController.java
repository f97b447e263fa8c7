package io.jingxi.organization;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.jingxi.shared.DomainException;
import io.jingxi.shared.PageResult;
import io.jingxi.shared.xlsx.XlsxDownloads;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/v1/people")
@Validated
class PersonController {

	private final PersonService people;

	private final PersonExcel excel;

	private final ImportService imports;

	private final Clock clock;

	PersonController(PersonService people, PersonExcel excel, ImportService imports, Clock clock) {
		this.people = people;
		this.excel = excel;
		this.imports = imports;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('org:person:read')")
	PageResult<PersonView> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(defaultValue = "true") boolean includeSubunits,
			@RequestParam(required = false) @Nullable PersonStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return people.search(people.filter(q, unitId, includeSubunits, status), page, size);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('org:person:read')")
	PersonView get(@PathVariable long id) {
		return people.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('org:person:write')")
	PersonView create(@Valid @RequestBody PersonRequest request) {
		return people.create(request);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('org:person:write')")
	PersonView update(@PathVariable long id, @Valid @RequestBody PersonRequest request) {
		return people.update(id, request);
	}

	@PutMapping("/{id}/photo")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('org:person:write')")
	void replacePhoto(@PathVariable long id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw DomainException.invalidField("file", "organization.photo.empty");
		}
		if (file.getSize() > PhotoEncoder.MAX_BYTES) {
			// Refused before the upload is read into memory.
			throw DomainException.invalidField("file", "organization.photo.tooLarge", PhotoEncoder.MAX_BYTES / 1024 / 1024);
		}
		people.replacePhoto(id, file.getBytes());
	}

	@GetMapping("/{id}/photo")
	@PreAuthorize("hasAuthority('org:person:read')")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		PersonPhoto photo = people.photo(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.getContentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.lastModified(photo.getUpdatedAt())
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.getContent());
	}

	@GetMapping("/template")
	@PreAuthorize("hasAuthority('org:person:read')")
	ResponseEntity<byte[]> template() {
		return XlsxDownloads.template(excel.template(), "人员导入模板");
	}

	@GetMapping("/export")
	@PreAuthorize("hasAuthority('org:person:read')")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(defaultValue = "true") boolean includeSubunits,
			@RequestParam(required = false) @Nullable PersonStatus status) {
		return XlsxDownloads.export(excel.export(people.filter(q, unitId, includeSubunits, status)), "人员", clock);
	}

	@PostMapping("/imports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAuthority('org:person:write')")
	ImportJobView importPeople(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "DRY_RUN") ImportMode mode, Locale locale) {
		return imports.submit(ImportKind.PEOPLE, mode, file, locale);
	}
}
