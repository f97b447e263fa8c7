package io.jingxi.standard;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.jingxi.shared.PageResult;
import io.jingxi.standard.StandardRequests.AdoptTemplateRequest;
import io.jingxi.standard.StandardRequests.CreateStandardRequest;
import io.jingxi.standard.StandardRequests.UpdateStandardRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Standards, their versions (draft → published → retired) and the built-in templates. Versions are
 * addressed by their number (1, 2, 3…); a draft's whole content is replaced by one PUT.
 */
@RestController
@RequestMapping("/api/v1/standards")
@Validated
class StandardController {

	private final StandardService standards;

	private final StandardTemplates templates;

	StandardController(StandardService standards, StandardTemplates templates) {
		this.standards = standards;
		this.templates = templates;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('standard:read')")
	PageResult<StandardView> search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return standards.search(q, page, size);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('standard:write')")
	StandardDetails create(@Valid @RequestBody CreateStandardRequest request) {
		return standards.create(request.code(), request.name(), request.description());
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('standard:read')")
	StandardDetails get(@PathVariable long id) {
		return standards.details(id);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('standard:write')")
	StandardDetails update(@PathVariable long id, @Valid @RequestBody UpdateStandardRequest request) {
		return standards.rename(id, request.name(), request.description());
	}

	@GetMapping("/{id}/versions")
	@PreAuthorize("hasAuthority('standard:read')")
	List<VersionSummary> versions(@PathVariable long id) {
		return standards.versions(id);
	}

	@GetMapping("/{id}/versions/{number}")
	@PreAuthorize("hasAuthority('standard:read')")
	StandardVersionView version(@PathVariable long id, @PathVariable int number) {
		return standards.version(id, number);
	}

	/** Replaces the whole content of a draft; every problem comes back at once, under its field's path. */
	@PutMapping("/{id}/versions/{number}")
	@PreAuthorize("hasAuthority('standard:write')")
	StandardVersionView saveDraft(@PathVariable long id, @PathVariable int number, @RequestBody DraftInput draft) {
		return standards.saveDraft(id, number, draft);
	}

	/** Discards a draft (never a published or retired version). */
	@DeleteMapping("/{id}/versions/{number}")
	@PreAuthorize("hasAuthority('standard:write')")
	StandardDetails discardDraft(@PathVariable long id, @PathVariable int number) {
		return standards.discardDraft(id, number);
	}

	@PostMapping("/{id}/versions/{number}/publish")
	@PreAuthorize("hasAuthority('standard:write')")
	StandardVersionView publish(@PathVariable long id, @PathVariable int number) {
		return standards.publish(id, number);
	}

	@PostMapping("/{id}/versions/{number}/retire")
	@PreAuthorize("hasAuthority('standard:write')")
	StandardVersionView retire(@PathVariable long id, @PathVariable int number) {
		return standards.retire(id, number);
	}

	/** Starts a new draft as a copy of the latest version; 409 while another draft is open. */
	@PostMapping("/{id}/drafts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('standard:write')")
	StandardVersionView startDraft(@PathVariable long id) {
		return standards.startDraft(id);
	}

	@GetMapping("/templates")
	@PreAuthorize("hasAuthority('standard:read')")
	List<TemplateView> templates() {
		return templates.all().stream().map(TemplateView::of).toList();
	}

	/** Adopts a built-in template: a new standard whose draft version 1 copies it. */
	@PostMapping("/templates/{industry}/{name}/adopt")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('standard:write')")
	StandardDetails adopt(@PathVariable String industry, @PathVariable String name,
			@Valid @RequestBody(required = false) @Nullable AdoptTemplateRequest request) {
		return standards.adopt(industry + "/" + name, request == null ? null : request.code(),
				request == null ? null : request.name());
	}
}
