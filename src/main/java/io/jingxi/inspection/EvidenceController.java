package io.jingxi.inspection;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.jingxi.organization.PersonSummary;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.files.ImageIntake;

/**
 * Evidence on a visit's answers: photos of an item (taken with the phone's camera, JPEG, PNG or HEIC,
 * re-encoded on the server), served in full and as thumbnails to whoever may see the visit, and the
 * people of the visited unit an inspector may name as responsible.
 */
@RestController
@RequestMapping("/api/v1/inspections/{id}")
class EvidenceController {

	private final EvidenceService evidence;

	private final InspectionService inspections;

	private final ImageIntake intake;

	EvidenceController(EvidenceService evidence, InspectionService inspections, ImageIntake intake) {
		this.evidence = evidence;
		this.inspections = inspections;
		this.intake = intake;
	}

	/** Adds a photo to an item of the caller's own draft (multipart: {@code file}, {@code itemId}). */
	@PostMapping(path = "/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('inspection:conduct')")
	EvidencePhotoView add(@PathVariable long id, @RequestParam(required = false) @Nullable Long itemId,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
		if (itemId == null) {
			throw DomainException.invalidField("itemId", "error.parameter.missing", "itemId");
		}
		if (file == null || file.isEmpty()) {
			throw DomainException.invalidField("file", "files.image.empty");
		}
		if (file.getSize() > intake.maxBytes()) {
			// refused before the bytes are read into memory
			throw DomainException.invalidField("file", "files.image.tooLarge", Math.max(1, intake.maxBytes() / 1024 / 1024));
		}
		return evidence.add(id, itemId, file.getBytes());
	}

	@GetMapping("/photos")
	@PreAuthorize("hasAuthority('inspection:read')")
	List<EvidencePhotoView> list(@PathVariable long id) {
		return evidence.list(id);
	}

	@DeleteMapping("/photos/{photoId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAuthority('inspection:conduct')")
	void delete(@PathVariable long id, @PathVariable long photoId) {
		evidence.delete(id, photoId);
	}

	@GetMapping(path = "/photos/{photoId}", produces = MediaType.IMAGE_JPEG_VALUE)
	@PreAuthorize("hasAuthority('inspection:read')")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
		return jpeg(evidence.content(id, photoId, false));
	}

	@GetMapping(path = "/photos/{photoId}/thumbnail", produces = MediaType.IMAGE_JPEG_VALUE)
	@PreAuthorize("hasAuthority('inspection:read')")
	ResponseEntity<byte[]> thumbnail(@PathVariable long id, @PathVariable long photoId) {
		return jpeg(evidence.content(id, photoId, true));
	}

	/** The people of the visited unit the caller may name as responsible on their own draft. */
	@GetMapping("/people")
	@PreAuthorize("hasAuthority('inspection:conduct')")
	List<ResponsiblePerson> people(@PathVariable long id) {
		return inspections.responsibleCandidates(id).stream().map(ResponsiblePerson::of).toList();
	}

	/** A person of the visited unit as the conduct page offers them: name, employee number and positions. */
	record ResponsiblePerson(long id, String employeeNo, String name, List<String> positions) {

		static ResponsiblePerson of(PersonSummary person) {
			return new ResponsiblePerson(person.id(), person.employeeNo(), person.name(), person.positions());
		}
	}

	private static ResponseEntity<byte[]> jpeg(byte[] content) {
		// photos never change (a new photo gets a new id); private: only the signed-in user's cache
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.maxAge(1, TimeUnit.HOURS).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}
}
