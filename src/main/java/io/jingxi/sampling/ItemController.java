package io.jingxi.sampling;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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

import io.jingxi.sampling.SamplingViews.SamplingItemRequest;
import io.jingxi.sampling.SamplingViews.SamplingItemView;
import io.jingxi.shared.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/v1/sampling/items")
@Validated
class ItemController {

	private final ItemService items;

	ItemController(ItemService items) {
		this.items = items;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('sampling:read')")
	PageResult<SamplingItemView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "false") boolean includeInactive,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return items.list(q, includeInactive, page, size);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('sampling:read')")
	SamplingItemView get(@PathVariable long id) {
		return items.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('sampling:manage')")
	SamplingItemView create(@Valid @RequestBody SamplingItemRequest request) {
		return items.create(request);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('sampling:manage')")
	SamplingItemView update(@PathVariable long id, @Valid @RequestBody SamplingItemRequest request) {
		return items.update(id, request);
	}
}
