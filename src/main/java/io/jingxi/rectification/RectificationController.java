package io.jingxi.rectification;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.jingxi.rectification.RectificationRequests.AcceptFixRequest;
import io.jingxi.rectification.RectificationRequests.RectificationPolicyRequest;
import io.jingxi.rectification.RectificationRequests.RejectFixRequest;
import io.jingxi.rectification.RectificationRequests.SubmitFixRequest;
import io.jingxi.rectification.RectificationService.NoticeFilter;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.PageResult;
import io.jingxi.shared.files.ImageIntake;
import io.jingxi.shared.xlsx.XlsxDownloads;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Rectification notices (整改通知单): the list with its filters and Excel export, one notice with its
 * timeline, the photos of the fix, the owner's submission of the fix, the verifier's acceptance or
 * rejection, and the policy.
 */
@RestController
@RequestMapping("/api/v1/rectifications")
@Validated
class RectificationController {

	private final RectificationService notices;

	private final PolicyService policies;

	private final RectificationExport export;

	private final FixPhotoService photos;

	private final ImageIntake intake;

	private final Clock clock;

	RectificationController(RectificationService notices, PolicyService policies, RectificationExport export,
			FixPhotoService photos, ImageIntake intake, Clock clock) {
		this.notices = notices;
		this.policies = policies;
		this.export = export;
		this.photos = photos;
		this.intake = intake;
		this.clock = clock;
	}

	/**
	 * Notices in the reader's scope. {@code active}: open or submitted; {@code overdue}: past the
	 * deadline while open, not closed yet; {@code mine}: waiting for the reader (to fix, or to verify).
	 */
	@GetMapping
	@PreAuthorize("hasAuthority('rectification:read')")
	PageResult<RectificationView> list(@RequestParam(required = false) @Nullable RectificationStatus status,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return notices.list(new NoticeFilter(status, active, overdue, mine, unitId), page, size);
	}

	@GetMapping("/export")
	@PreAuthorize("hasAuthority('rectification:read')")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable RectificationStatus status,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) @Nullable Long unitId) {
		return XlsxDownloads.export(export.export(new NoticeFilter(status, active, overdue, mine, unitId)), "整改通知单",
				clock);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('rectification:read')")
	RectificationDetails get(@PathVariable long id) {
		return notices.details(id);
	}

	/** The owner says what was done; 409 unless the notice is open, 400 without a description. */
	@PostMapping("/{id}/submit")
	@PreAuthorize("hasAuthority('rectification:submit')")
	RectificationDetails submit(@PathVariable long id, @RequestBody SubmitFixRequest request) {
		return notices.submit(id, request.description());
	}

	/** The verifier accepts the fix and closes the notice; 403 for anyone else, 409 unless submitted. */
	@PostMapping("/{id}/accept")
	@PreAuthorize("hasAuthority('rectification:read')")
	RectificationDetails accept(@PathVariable long id, @RequestBody(required = false) @Nullable AcceptFixRequest request) {
		return notices.accept(id, request == null ? null : request.note());
	}

	/** The verifier sends the fix back with a reason (required); 403 for anyone else, 409 unless submitted. */
	@PostMapping("/{id}/reject")
	@PreAuthorize("hasAuthority('rectification:read')")
	RectificationDetails reject(@PathVariable long id, @RequestBody RejectFixRequest request) {
		return notices.reject(id, request.reason());
	}

	/** Adds a photo (multipart: {@code file}; JPEG, PNG or HEIC) to the fix being prepared; 409 unless open. */
	@PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('rectification:submit')")
	FixPhotoView addPhoto(@PathVariable long id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw DomainException.invalidField("file", "files.image.empty");
		}
		if (file.getSize() > intake.maxBytes()) {
			// refused before the bytes are read into memory
			throw DomainException.invalidField("file", "files.image.tooLarge",
					Math.max(1, intake.maxBytes() / 1024 / 1024));
		}
		return photos.add(id, file.getBytes());
	}

	/** Removes a photo of the fix being prepared; a submitted fix's photos stay (409). */
	@DeleteMapping("/{id}/photos/{photoId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('rectification:submit')")
	void deletePhoto(@PathVariable long id, @PathVariable long photoId) {
		photos.delete(id, photoId);
	}

	@GetMapping(path = "/{id}/photos/{photoId}", produces = MediaType.IMAGE_JPEG_VALUE)
	@PreAuthorize("hasAuthority('rectification:read')")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
		return jpeg(photos.content(id, photoId, false));
	}

	@GetMapping(path = "/{id}/photos/{photoId}/thumbnail", produces = MediaType.IMAGE_JPEG_VALUE)
	@PreAuthorize("hasAuthority('rectification:read')")
	ResponseEntity<byte[]> thumbnail(@PathVariable long id, @PathVariable long photoId) {
		return jpeg(photos.content(id, photoId, true));
	}

	private static ResponseEntity<byte[]> jpeg(byte[] content) {
		// a photo never changes (a new one gets a new id); private: only the signed-in user's cache
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	@GetMapping("/policy")
	@PreAuthorize("hasAuthority('rectification:read')")
	RectificationPolicyView policy() {
		return policies.view();
	}

	/** Saves the policy as its next version; notices opened before keep the version they were opened under. */
	@PutMapping("/policy")
	@PreAuthorize("hasAuthority('rectification:manage')")
	RectificationPolicyView updatePolicy(@Valid @RequestBody RectificationPolicyRequest request) {
		return policies.update(request);
	}
}
