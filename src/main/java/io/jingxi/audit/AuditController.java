package io.jingxi.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.jingxi.shared.Actors;
import io.jingxi.shared.PageResult;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Search and export of the audit log. There is deliberately no endpoint that changes it. */
@RestController
@RequestMapping("/api/v1/audit")
@Validated
class AuditController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AuditLog log;

	private final Actors actors;

	AuditController(AuditLog log, Actors actors) {
		this.log = log;
		this.actors = actors;
	}

	/**
	 * The log spans the whole organisation, so only organisation-wide users search all of it; anyone
	 * else with the permission sees the entries of their own actions.
	 */
	private AuditQuery scoped(@Nullable String actor, @Nullable String entityType, @Nullable String entityId,
			@Nullable Instant from, @Nullable Instant to) {
		var current = actors.current();
		return new AuditQuery(current.scope().all() ? actor : current.username(), entityType, entityId, from, to);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('audit:read')")
	PageResult<AuditView> search(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String entityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return log.search(scoped(actor, entityType, entityId, from, to), page, size);
	}

	@GetMapping("/export")
	@PreAuthorize("hasAuthority('audit:read')")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String entityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to) {
		var query = scoped(actor, entityType, entityId, from, to);
		var locale = LocaleContextHolder.getLocale();
		var filename = "audit-" + LocalDate.now(AuditLog.DISPLAY_ZONE).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
		StreamingResponseBody body = out -> log.export(query, locale, out);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.contentType(XLSX)
			.body(body);
	}
}
