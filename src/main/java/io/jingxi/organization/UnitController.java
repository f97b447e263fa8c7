package io.jingxi.organization;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

import io.jingxi.shared.xlsx.XlsxDownloads;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/units")
class UnitController {

	private final UnitService units;

	private final UnitExcel excel;

	private final ImportService imports;

	private final Clock clock;

	UnitController(UnitService units, UnitExcel excel, ImportService imports, Clock clock) {
		this.units = units;
		this.excel = excel;
		this.imports = imports;
		this.clock = clock;
	}

	@GetMapping("/tree")
	@PreAuthorize("hasAuthority('org:unit:read')")
	List<UnitNode> tree(@RequestParam(defaultValue = "false") boolean includeInactive) {
		return units.tree(includeInactive);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('org:unit:read')")
	UnitView get(@PathVariable long id) {
		return units.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('org:unit:write')")
	UnitView create(@Valid @RequestBody UnitRequests.Create request) {
		return units.create(request);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('org:unit:write')")
	UnitView update(@PathVariable long id, @Valid @RequestBody UnitRequests.Update request) {
		return units.update(id, request);
	}

	@PostMapping("/{id}/move")
	@PreAuthorize("hasAuthority('org:unit:write')")
	UnitView move(@PathVariable long id, @RequestBody UnitRequests.Move request) {
		return units.move(id, request.parentId());
	}

	@PostMapping("/{id}/deactivate")
	@PreAuthorize("hasAuthority('org:unit:write')")
	UnitView deactivate(@PathVariable long id) {
		return units.deactivate(id);
	}

	@PostMapping("/{id}/activate")
	@PreAuthorize("hasAuthority('org:unit:write')")
	UnitView activate(@PathVariable long id) {
		return units.activate(id);
	}

	@GetMapping("/template")
	@PreAuthorize("hasAuthority('org:unit:read')")
	ResponseEntity<byte[]> template() {
		return XlsxDownloads.template(excel.template(), "单位导入模板");
	}

	@GetMapping("/export")
	@PreAuthorize("hasAuthority('org:unit:read')")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "false") boolean includeInactive) {
		return XlsxDownloads.export(excel.export(includeInactive), "单位", clock);
	}

	@PostMapping("/imports")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAuthority('org:unit:write')")
	ImportJobView importUnits(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "DRY_RUN") ImportMode mode, Locale locale) {
		return imports.submit(ImportKind.UNITS, mode, file, locale);
	}
}
