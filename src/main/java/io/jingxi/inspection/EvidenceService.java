package io.jingxi.inspection;

import java.time.Clock;
import java.util.List;

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
import io.jingxi.standard.StandardApi;

/**
 * Evidence photos on a visit's answers: the inspector adds them to an item of their draft (at most
 * {@value #MAX_PER_ITEM} per item) and deletes them while it is a draft; whoever may see the visit may
 * see them. A finding keeps the photos of its item for good.
 */
@Service
@Transactional
class EvidenceService {

	static final String ENTITY = "InspectionPhoto";

	/** Photos per item: enough to show a lapse, not an album. */
	static final int MAX_PER_ITEM = 5;

	/** The file store's area for inspection evidence. */
	static final String AREA = "inspection";

	private final EvidencePhotos photos;

	private final VisitAccess access;

	private final Findings findings;

	private final StandardApi standards;

	private final ImageIntake intake;

	private final FileStore files;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	EvidenceService(EvidencePhotos photos, VisitAccess access, Findings findings, StandardApi standards,
			ImageIntake intake, FileStore files, Actors actors, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		this.photos = photos;
		this.access = access;
		this.findings = findings;
		this.standards = standards;
		this.intake = intake;
		this.files = files;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a photo to an item of the actor's own draft; nothing is stored when the upload is refused. The
	 * photo is checked and re-encoded (about half a second of CPU, perhaps after waiting its turn) between
	 * two short transactions, so that no database connection waits for it; the second checks again.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	EvidencePhotoView add(long visitId, long itemId, byte[] upload) {
		Actor actor = actors.current();
		transaction.executeWithoutResult(status -> mayAdd(visitId, itemId, actor));
		ProcessedImage processed = intake.process(upload);
		return transaction.execute(status -> {
			Visit visit = mayAdd(visitId, itemId, actor);
			return save(visit, itemId, processed);
		});
	}

	/** The actor's own draft, when the item is in its version and has room for another photo. */
	private Visit mayAdd(long visitId, long itemId, Actor actor) {
		Visit visit = access.ownDraft(visitId, actor);
		boolean inVersion = standards.version(visit.versionId()).flatMap(version -> version.item(itemId)).isPresent();
		if (!inVersion) {
			throw DomainException.invalidField("itemId", "inspection.item.notInVersion", String.valueOf(itemId));
		}
		if (photos.countByVisitIdAndItemId(visitId, itemId) >= MAX_PER_ITEM) {
			throw DomainException.conflict("inspection.photo.tooMany", MAX_PER_ITEM);
		}
		return visit;
	}

	private EvidencePhotoView save(Visit visit, long itemId, ProcessedImage processed) {
		long visitId = visit.id();
		StoredImage image = intake.store(AREA, processed);
		EvidencePhoto photo = photos.save(new EvidencePhoto(visit, itemId, image, clock.instant()));
		events.publishEvent(EntityChanged.of(ENTITY, photo.id(), "CREATED", null,
				"visit=" + visitId + ", item=" + itemId + ", " + image.width() + "x" + image.height()));
		return photo.view();
	}

	@Transactional(readOnly = true)
	List<EvidencePhotoView> list(long visitId) {
		Visit visit = access.visible(visitId, actors.current());
		return photos.findByVisitIdOrderByItemIdAscIdAsc(visit.id()).stream().map(EvidencePhoto::view).toList();
	}

	/** Deletes a photo of the actor's own draft; a submitted visit's photos stay. */
	void delete(long visitId, long photoId) {
		Visit visit = access.ownDraft(visitId, actors.current());
		EvidencePhoto photo = photos.findByIdAndVisitId(photoId, visit.id())
			.orElseThrow(() -> DomainException.notFound("inspection.photo.notFound", String.valueOf(photoId)));
		photos.delete(photo);
		files.deleteOnCommit(photo.fileKey(), photo.thumbnailKey());
		events.publishEvent(EntityChanged.of(ENTITY, photoId, "DELETED",
				"visit=" + visitId + ", item=" + photo.itemId(), null));
	}

	/** The JPEG (or its thumbnail) of a photo of a visit the actor may see; 404 otherwise. */
	@Transactional(readOnly = true)
	byte[] content(long visitId, long photoId, boolean thumbnail) {
		Visit visit = access.visible(visitId, actors.current());
		EvidencePhoto photo = photos.findByIdAndVisitId(photoId, visit.id())
			.orElseThrow(() -> DomainException.notFound("inspection.photo.notFound", String.valueOf(photoId)));
		return files.get(thumbnail ? photo.thumbnailKey() : photo.fileKey())
			.orElseThrow(() -> DomainException.notFound("inspection.photo.notFound", String.valueOf(photoId)));
	}

	/** The photos of a finding's item (for other modules, read as the system). */
	@Transactional(readOnly = true)
	List<EvidencePhotoView> ofFinding(long findingId) {
		return findings.findById(findingId)
			.map(finding -> photos.findByVisitIdAndItemIdOrderById(finding.visitId(), finding.itemId())
				.stream()
				.map(EvidencePhoto::view)
				.toList())
			.orElse(List.of());
	}
}
