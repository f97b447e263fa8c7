package io.jingxi.sampling;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.jingxi.sampling.SamplingViews.CorrectiveActionRequest;
import io.jingxi.sampling.SamplingViews.ProductionRequest;
import io.jingxi.sampling.SamplingViews.ReducedApprovalRequest;
import io.jingxi.sampling.SamplingViews.ReturnToNormalRequest;
import io.jingxi.sampling.SamplingViews.StreamView;
import io.jingxi.sampling.SamplingViews.SwitchView;
import jakarta.validation.Valid;

/** The switching state per receiving unit, supplier, item and defect class, and the decisions about it. */
@RestController
@RequestMapping("/api/v1/sampling/streams")
class StreamController {

	private final StreamService streams;

	StreamController(StreamService streams) {
		this.streams = streams;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('sampling:read')")
	List<StreamView> list(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Long vendorId,
			@RequestParam(required = false) @Nullable Long itemId) {
		return streams.list(unitId, vendorId, itemId);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('sampling:read')")
	StreamView get(@PathVariable long id) {
		return streams.get(id);
	}

	@GetMapping("/{id}/switches")
	@PreAuthorize("hasAuthority('sampling:read')")
	List<SwitchView> switches(@PathVariable long id) {
		return streams.switches(id);
	}

	/** 9.4: the supplier's corrective action is accepted; inspection resumes on tightened inspection. */
	@PostMapping("/{id}/corrective-action")
	@PreAuthorize("hasAuthority('sampling:manage')")
	StreamView correctiveAction(@PathVariable long id, @Valid @RequestBody CorrectiveActionRequest request) {
		return streams.correctiveAction(id, request.note());
	}

	/** 9.3.3 c): the responsible authority approves (or withdraws approval of) reduced inspection. */
	@PostMapping("/{id}/reduced-approval")
	@PreAuthorize("hasAuthority('sampling:manage')")
	StreamView reducedApproval(@PathVariable long id, @Valid @RequestBody ReducedApprovalRequest request) {
		return streams.setReducedApproved(id, request.approved(), request.note());
	}

	/** 9.3.3 b) and 9.3.4 b): production is steady, or irregular or delayed. */
	@PostMapping("/{id}/production")
	@PreAuthorize("hasAuthority('sampling:write')")
	StreamView production(@PathVariable long id, @Valid @RequestBody ProductionRequest request) {
		return streams.setProductionSteady(id, request.steady(), request.note());
	}

	/** 9.3.4 c): other conditions warrant normal inspection. */
	@PostMapping("/{id}/return-to-normal")
	@PreAuthorize("hasAuthority('sampling:manage')")
	StreamView returnToNormal(@PathVariable long id, @Valid @RequestBody ReturnToNormalRequest request) {
		return streams.returnToNormal(id, request.note());
	}
}
