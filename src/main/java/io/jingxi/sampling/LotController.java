package io.jingxi.sampling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.jingxi.sampling.SamplingViews.LotListItem;
import io.jingxi.sampling.SamplingViews.LotPhotoView;
import io.jingxi.sampling.SamplingViews.LotPreview;
import io.jingxi.sampling.SamplingViews.LotView;
import io.jingxi.sampling.SamplingViews.ReceiveLotRequest;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/v1/sampling/lots")
@Validated
class LotController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final LotService lots;

	private final LotExport export;

	private final Clock clock;

	LotController(LotService lots, LotExport export, Clock clock) {
		this.lots = lots;
		this.export = export;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('sampling:read')")
	PageResult<LotListItem> list(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Long vendorId,
			@RequestParam(required = false) @Nullable Long itemId,
			@RequestParam(required = false) @Nullable LotDecision decision,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return lots.list(new LotService.LotFilter(unitId, vendorId, itemId, decision), page, size);
	}

	@GetMapping("/preview")
	@PreAuthorize("hasAuthority('sampling:read')")
	LotPreview preview(@RequestParam long unitId, @RequestParam long vendorId, @RequestParam long itemId,
			@RequestParam int lotSize) {
		return lots.preview(unitId, vendorId, itemId, lotSize);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('sampling:write')")
	LotView receive(@Valid @RequestBody ReceiveLotRequest request) {
		return lots.receive(request);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('sampling:read')")
	LotView get(@PathVariable long id) {
		return lots.get(id);
	}

	@PostMapping("/{id}/photos")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('sampling:write')")
	LotPhotoView addPhoto(@PathVariable long id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable DefectClass defectClass) throws IOException {
		if (file == null || file.isEmpty()) {
			throw DomainException.invalidField("file", "sampling.photo.empty");
		}
		if (file.getSize() > DefectPhotos.MAX_BYTES) {
			// Refused before the upload is read into memory.
			throw DomainException.invalidField("file", "sampling.photo.tooLarge", DefectPhotos.MAX_BYTES / 1024 / 1024);
		}
		return lots.addPhoto(id, defectClass, file.getBytes());
	}

	@GetMapping("/{id}/photos/{photoId}")
	@PreAuthorize("hasAuthority('sampling:read')")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
		LotPhoto photo = lots.photo(id, photoId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.getContentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.getContent());
	}

	@GetMapping("/export")
	@PreAuthorize("hasAuthority('sampling:read')")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable Long vendorId,
			@RequestParam(required = false) @Nullable Long itemId,
			@RequestParam(required = false) @Nullable LotDecision decision) {
		LotExport.Body body = export.export(new LotService.LotFilter(unitId, vendorId, itemId, decision));
		String file = "检验批-" + LocalDate.now(clock.withZone(ReportService.ZONE)) + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
			.body(body::writeTo);
	}
}
