package io.jingxi.organization;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/unit-types")
class UnitTypeController {

	private final UnitTypeService types;

	UnitTypeController(UnitTypeService types) {
		this.types = types;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('org:unit:read')")
	List<UnitTypeView> list() {
		return types.list();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('org:unit:write')")
	UnitTypeView create(@Valid @RequestBody UnitTypeView type) {
		return types.create(type);
	}
}
