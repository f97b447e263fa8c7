package io.jingxi.rectification;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DomainException;
import io.jingxi.shared.EntityChanged;
import io.jingxi.shared.files.FileStore;
import io.jingxi.shared.files.ImageIntake;
import io.jingxi.shared.files.ProcessedImage;
import io.jingxi.shared.files.StoredImage;

/**
 * Photos of a fix: the owner side adds them to the submission it is preparing while the notice is
 * open (type-checked, re-encoded without metadata by {@link ImageIntake}), and may remove them until
 * it submits; afterwards they stay with that submission for good. Whoever may see the notice sees them.
 */
@Service
@Transactional
class FixPhotoService {

	static final String ENTITY = "RectificationPhoto";

	/** Photos per submission: enough to show a fix, not an album. */
	static final int MAX_PER_SUBMISSION = 9;

	/** The file store's area for photos of fixes. */
	static final String AREA = "rectification";

	private final FixPhotos photos;

	private final RectificationService notices;

	private final ImageIntake intake;

	private final FileStore files;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	FixPhotoService(FixPhotos photos, RectificationService notices, ImageIntake intake, FileStore files, Actors actors,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		this.photos = photos;
		this.notices = notices;
		this.intake = intake;
		this.files = files;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a photo to the submission being prepared; nothing is stored when the upload or the state is
	 * refused. The photo is re-encoded between two short transactions, so that no database connection waits
	 * for it; the second checks again.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	FixPhotoView add(long noticeId, byte[] upload) {
		Actor actor = actors.current();
		transaction.executeWithoutResult(status -> mayAdd(noticeId, actor));
		ProcessedImage processed = intake.process(upload);
		return transaction.execute(status -> save(mayAdd(noticeId, actor), processed, actor));
	}

	/** The notice, when the actor owns its fix and the submission being prepared has room for a photo. */
	private Notice mayAdd(long noticeId, Actor actor) {
		Notice notice = notices.load(noticeId, actor);
		if (!RectificationService.maySubmit(notice, actor)) {
			throw DomainException.forbidden("rectification.notOwner", notice.number());
		}
		if (photos.countByNoticeIdAndSubmission(notice.id(), notice.preparingSubmission()) >= MAX_PER_SUBMISSION) {
			throw DomainException.conflict("rectification.photo.tooMany", String.valueOf(MAX_PER_SUBMISSION));
		}
		return notice;
	}

	private FixPhotoView save(Notice notice, ProcessedImage processed, Actor actor) {
		int submission = notice.preparingSubmission();
		StoredImage image = intake.store(AREA, processed);
		FixPhoto photo = photos.save(new FixPhoto(notice.id(), submission, image, notices.displayName(actor),
				clock.instant()));
		events.publishEvent(EntityChanged.of(ENTITY, photo.id(), "CREATED", null, "notice=" + notice.number()
				+ ", submission=" + submission + ", " + image.width() + "x" + image.height()));
		return photo.view(notice);
	}

	/** Removes a photo of the submission being prepared; a submitted one stays (409). */
	void delete(long noticeId, long photoId) {
		Actor actor = actors.current();
		Notice notice = notices.load(noticeId, actor);
		if (!RectificationService.maySubmit(notice, actor)) {
			throw DomainException.forbidden("rectification.notOwner", notice.number());
		}
		FixPhoto photo = photos.findByIdAndNoticeId(photoId, notice.id())
			.orElseThrow(() -> DomainException.notFound("rectification.photo.notFound", String.valueOf(photoId)));
		if (!photo.pendingFor(notice)) {
			throw DomainException.conflict("rectification.photo.submitted", String.valueOf(photoId));
		}
		photos.delete(photo);
		files.deleteOnCommit(photo.fileKey(), photo.thumbnailKey());
		events.publishEvent(EntityChanged.of(ENTITY, photoId, "DELETED",
				"notice=" + notice.number() + ", submission=" + photo.submission(), null));
	}

	/** The JPEG (or its thumbnail) of a photo of a notice the actor may see; 404 otherwise. */
	@Transactional(readOnly = true)
	byte[] content(long noticeId, long photoId, boolean thumbnail) {
		Notice notice = notices.load(noticeId, actors.current());
		FixPhoto photo = photos.findByIdAndNoticeId(photoId, notice.id())
			.orElseThrow(() -> DomainException.notFound("rectification.photo.notFound", String.valueOf(photoId)));
		return files.get(thumbnail ? photo.thumbnailKey() : photo.fileKey())
			.orElseThrow(() -> DomainException.notFound("rectification.photo.notFound", String.valueOf(photoId)));
	}
}
