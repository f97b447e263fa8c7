package io.jingxi.inspection;

import static io.jingxi.inspection.InspectionFixture.allAnswers;
import static io.jingxi.inspection.InspectionFixture.itemId;
import static io.jingxi.inspection.InspectionFixture.items;
import static io.jingxi.inspection.InspectionFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.PersonStatus;
import io.jingxi.organization.UnitRole;
import io.jingxi.shared.ApiSession;
import io.jingxi.shared.AsSystem;
import io.jingxi.shared.files.ImageIntake;
import io.jingxi.shared.files.TestImages;
import tools.jackson.databind.JsonNode;

/**
 * Evidence photos and responsible people on a visit's answers, with real sign-ins: upload, list,
 * serve and delete; bad uploads refused with nothing stored; submit refused while a failed item that
 * requires a photo has none; photos served only to whoever may see the visit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EvidenceHttpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	@Autowired
	InspectionApi inspections;

	/** The real intake, watched: when it re-encodes, and whether a transaction is open then. */
	@MockitoSpyBean
	ImageIntake intake;

	InspectionFixture fx;

	ApiSession inspector;

	JsonNode created;

	long id;

	@BeforeEach
	void aDraftVisitOfUnitA() throws Exception {
		fx = InspectionFixture.create(mvc, organization, identity);
		inspector = fx.signIn(mvc, fx.inspectorA());
		created = json(fx.newVisit(inspector, fx.units().unitA(), "SUPERVISOR"));
		id = created.path("visit").path("id").asLong();
	}

	ResultActions upload(ApiSession session, long visitId, Object itemId, String name, byte[] bytes) throws Exception {
		return session.perform(multipart("/api/v1/inspections/{id}/photos", visitId)
			.file(new MockMultipartFile("file", name, "image/jpeg", bytes))
			.param("itemId", String.valueOf(itemId)));
	}

	List<JsonNode> photos(ApiSession session) throws Exception {
		JsonNode list = json(session.get("/api/v1/inspections/{id}/photos", id)
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		List<JsonNode> result = new java.util.ArrayList<>();
		list.forEach(result::add);
		return result;
	}

	@Test
	void aPhotoIsReEncodedWithNoDatabaseTransactionOpenAndOnlyAfterTheUploadWasAllowed() throws Exception {
		List<Boolean> inTransaction = new CopyOnWriteArrayList<>();
		doAnswer(call -> {
			inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
			return call.callRealMethod();
		}).when(intake).process(any(byte[].class));
		long item = items(created).get(0).path("id").asLong();

		// half a second of CPU per phone photo: no pooled connection waits for it
		upload(inspector, id, item, "p.jpg", TestImages.jpeg(1200, 900)).andExpect(status().isCreated());
		assertThat(inTransaction).containsExactly(false);
		// someone else's draft is refused before any of that work
		upload(fx.signIn(mvc, fx.inspectorB()), id, item, "p.jpg", TestImages.jpeg(1200, 900))
			.andExpect(status().isNotFound());
		assertThat(inTransaction).hasSize(1);
		assertThat(photos(inspector)).hasSize(1);
	}

	@Test
	void aPhotoIsAddedListedServedInFullAndAsThumbnailAndDeletedWhileADraft() throws Exception {
		long item = items(created).get(0).path("id").asLong();
		JsonNode photo = json(upload(inspector, id, item, "IMG_0001.HEIC.jpg", TestImages.jpegWithExif(3000, 2000, "GPS-31.23N"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.itemId").value(item))
			.andExpect(jsonPath("$.thumbnailWidth").value(213))
			.andExpect(jsonPath("$.thumbnailHeight").value(320))
			.andReturn().getResponse().getContentAsString());
		long photoId = photo.path("id").asLong();
		// the camera's orientation applied: 3000 × 2000 stored as 2000 × 3000, capped at 2560 on the long side
		assertThat(photo.path("width").asInt()).isEqualTo(1707);
		assertThat(photo.path("height").asInt()).isEqualTo(2560);
		assertThat(photos(inspector)).extracting(p -> p.path("id").asLong()).containsExactly(photoId);

		byte[] full = inspector.get("/api/v1/inspections/{id}/photos/{photoId}", id, photoId)
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(full, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS-31.23N");
		assertThat(ImageIO.read(new ByteArrayInputStream(full)).getHeight()).isEqualTo(2560);
		byte[] thumbnail = inspector.get("/api/v1/inspections/{id}/photos/{photoId}/thumbnail", id, photoId)
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail)).getHeight()).isEqualTo(320);

		inspector.delete("/api/v1/inspections/{id}/photos/{photoId}", id, photoId).andExpect(status().isNoContent());
		assertThat(photos(inspector)).isEmpty();
		inspector.get("/api/v1/inspections/{id}/photos/{photoId}", id, photoId).andExpect(status().isNotFound());
	}

	@Test
	void aHeicPhotoFromAnIphoneIsAcceptedWhenLibheifIsInstalledAndRefusedClearlyOtherwise() throws Exception {
		long item = items(created).get(0).path("id").asLong();
		var result = upload(inspector.inEnglish(), id, item, "IMG_0007.HEIC", TestImages.heic());
		if (intake.heifSupported()) {
			result.andExpect(status().isCreated()).andExpect(jsonPath("$.width").value(96));
			byte[] stored = inspector.get("/api/v1/inspections/{id}/photos/{photoId}", id,
					json(result.andReturn().getResponse().getContentAsString()).path("id").asLong())
				.andReturn().getResponse().getContentAsByteArray();
			assertThat(stored).startsWith((byte) 0xFF, (byte) 0xD8);
		}
		else {
			result.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("file"))
				.andExpect(jsonPath("$.detail").value(containsString("libheif")));
		}
	}

	@Test
	void badUploadsAreRefusedClearlyAndNothingIsStored() throws Exception {
		long item = items(created).get(0).path("id").asLong();
		upload(inspector, id, item, "photo.jpg", "这其实是一段文字".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.detail").value(containsString("JPEG、PNG 或 HEIC")));
		upload(inspector.inEnglish(), id, item, "big.jpg", new byte[10 * 1024 * 1024 + 1])
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.detail").value(containsString("larger than 10 MB")));
		upload(inspector.inEnglish(), id, 999_999_999L, "photo.jpg", TestImages.jpeg(100, 100))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("itemId"))
			.andExpect(jsonPath("$.detail").value(containsString("not part of the standard version")));
		upload(inspector, id, item, "empty.jpg", new byte[0])
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		assertThat(photos(inspector)).isEmpty();

		for (int i = 0; i < EvidenceService.MAX_PER_ITEM; i++) {
			upload(inspector, id, item, "p.png", TestImages.png(40, 30)).andExpect(status().isCreated());
		}
		upload(inspector.inEnglish(), id, item, "p.jpg", TestImages.jpeg(40, 30))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("at most 5 photos")));
		assertThat(photos(inspector)).hasSize(EvidenceService.MAX_PER_ITEM);
	}

	@Test
	void submitIsRefusedNamingEveryFailedItemThatRequiresAPhotoAndHasNone() throws Exception {
		List<JsonNode> items = items(created);
		JsonNode needsPhoto = items.stream().filter(i -> i.path("photoRequired").asBoolean()).findFirst().orElseThrow();
		JsonNode alsoNeedsPhoto = items.stream().filter(i -> i.path("photoRequired").asBoolean()).skip(1).findFirst()
			.orElseThrow();
		JsonNode noPhotoNeeded = items.stream().filter(i -> !i.path("photoRequired").asBoolean()
				&& i.path("answerType").asString().equals("YES_NO")).findFirst().orElseThrow();
		String first = needsPhoto.path("clause").asString();
		String second = alsoNeedsPhoto.path("clause").asString();
		inspector.put("/api/v1/inspections/{id}/answers",
				allAnswers(created, "脏", first, second, noPhotoNeeded.path("clause").asString()), id)
			.andExpect(status().isOk());
		upload(inspector, id, alsoNeedsPhoto.path("id").asLong(), "p.jpg", TestImages.jpeg(200, 100))
			.andExpect(status().isCreated());

		inspector.post("/api/v1/inspections/{id}/submit", "", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("1 个不合格的检查项要求附照片")))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("items[" + needsPhoto.path("id").asLong() + "]"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(first)));
		inspector.get("/api/v1/inspections/{id}", id).andExpect(jsonPath("$.visit.status").value("DRAFT"));
		assertThat(inspections.findingsOfVisit(id)).isEmpty();

		upload(inspector, id, needsPhoto.path("id").asLong(), "p.jpg", TestImages.jpeg(200, 100))
			.andExpect(status().isCreated());
		inspector.post("/api/v1/inspections/{id}/submit", "", id).andExpect(status().isOk());
		// a submitted visit's photos stay: none is added or deleted any more
		long photoId = photos(inspector).get(0).path("id").asLong();
		inspector.delete("/api/v1/inspections/{id}/photos/{photoId}", id, photoId).andExpect(status().isConflict());
		upload(inspector, id, needsPhoto.path("id").asLong(), "p.jpg", TestImages.jpeg(20, 10))
			.andExpect(status().isConflict());
		// findings keep the photos of their item
		FindingSummary finding = inspections.findingsOfVisit(id).stream()
			.filter(f -> f.clause().equals(first)).findFirst().orElseThrow();
		assertThat(inspections.findingEvidence(finding.id())).hasSize(1)
			.allSatisfy(p -> assertThat(p.itemId()).isEqualTo(needsPhoto.path("id").asLong()));
	}

	@Test
	void unansweredItemsAreNamedWhenSubmitIsRefused() throws Exception {
		long first = items(created).get(0).path("id").asLong();
		inspector.put("/api/v1/inspections/{id}/answers", "{\"answers\":[{\"itemId\":" + first + ",\"compliant\":true}]}", id)
			.andExpect(status().isOk());

		inspector.post("/api/v1/inspections/{id}/submit", "", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors.length()").value(items(created).size() - 1))
			.andExpect(jsonPath("$.errors[0].field").value("items[" + items(created).get(1).path("id").asLong() + "]"));
	}

	@Test
	void aResponsiblePersonOfTheVisitedUnitFlowsIntoTheFindingAndOthersAreRefused() throws Exception {
		long personA = AsSystem.call(() -> organization.createPerson(new OrganizationApi.NewPerson("PA" + fx.tag(),
				"甲营业员", null, fx.units().unitA(), List.of("营业员"), UnitRole.MEMBER, PersonStatus.ACTIVE, null)));
		long personB = AsSystem.call(() -> organization.createPerson(new OrganizationApi.NewPerson("PB" + fx.tag(),
				"乙营业员", null, fx.units().unitB(), List.of("营业员"), UnitRole.MEMBER, PersonStatus.ACTIVE, null)));
		String clause = items(created).get(7).path("clause").asString();
		long item = itemId(created, clause);

		inspector.get("/api/v1/inspections/{id}/people", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + personA + ")].name").value("甲营业员"))
			.andExpect(jsonPath("$[?(@.id == " + personB + ")]").isEmpty());
		inspector.put("/api/v1/inspections/{id}/answers",
				"{\"answers\":[{\"itemId\":" + item + ",\"compliant\":false,\"personId\":" + personB + "}]}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers[0].personId"));
		inspector.get("/api/v1/inspections/{id}", id).andExpect(jsonPath("$.answers.length()").value(0));

		String answers = allAnswers(created, "未播放宣传片", clause).replace("\"itemId\":" + item + ",",
				"\"itemId\":" + item + ",\"personId\":" + personA + ",");
		inspector.put("/api/v1/inspections/{id}/answers", answers, id).andExpect(status().isOk());
		inspector.get("/api/v1/inspections/{id}", id)
			.andExpect(jsonPath("$.answers[?(@.itemId == " + item + ")].personId")
				.value(org.hamcrest.Matchers.contains(Math.toIntExact(personA))));
		inspector.post("/api/v1/inspections/{id}/submit", "", id).andExpect(status().isOk());
		assertThat(inspections.findingsOfVisit(id)).singleElement()
			.satisfies(finding -> assertThat(finding.personId()).isEqualTo(personA));
	}

	@Test
	void anotherUnitNeverSeesDownloadsOrChangesTheVisitsPhotos() throws Exception {
		long item = items(created).get(0).path("id").asLong();
		long photoId = json(upload(inspector, id, item, "p.jpg", TestImages.jpeg(100, 80))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asLong();

		for (String outsider : new String[] { fx.units().userB(), fx.inspectorB() }) {
			ApiSession other = fx.signIn(mvc, outsider);
			other.get("/api/v1/inspections/{id}/photos", id).andExpect(status().isNotFound());
			other.get("/api/v1/inspections/{id}/photos/{photoId}", id, photoId).andExpect(status().isNotFound());
			other.get("/api/v1/inspections/{id}/photos/{photoId}/thumbnail", id, photoId)
				.andExpect(status().isNotFound());
		}
		ApiSession inspectorB = fx.signIn(mvc, fx.inspectorB());
		upload(inspectorB, id, item, "p.jpg", TestImages.jpeg(10, 10)).andExpect(status().isNotFound());
		inspectorB.delete("/api/v1/inspections/{id}/photos/{photoId}", id, photoId).andExpect(status().isNotFound());
		// a unit manager reads the visit of their unit but never adds photos
		ApiSession managerA = fx.signIn(mvc, fx.units().userA());
		managerA.get("/api/v1/inspections/{id}/photos", id).andExpect(status().isOk());
		upload(managerA, id, item, "p.jpg", TestImages.jpeg(10, 10)).andExpect(status().isForbidden());
		assertThat(photos(inspector)).hasSize(1);
	}

	@Test
	void aMysteryShoppersPhotoReachesTheUnitWithoutAnyTraceOfTheShopper() throws Exception {
		ApiSession shopper = fx.signIn(mvc, fx.shopper());
		JsonNode visit = json(fx.assignedVisit(mvc, fx.shopper(), fx.units().unitA(), "MYSTERY_SHOPPER"));
		long visitId = visit.path("visit").path("id").asLong();
		String clause = items(visit).get(0).path("clause").asString();
		shopper.put("/api/v1/inspections/{id}/answers", allAnswers(visit, "门口有小广告", clause), visitId)
			.andExpect(status().isOk());
		long photoId = json(upload(shopper, visitId, itemId(visit, clause), "IMG_2041.jpg",
				TestImages.jpegWithExif(800, 600, fx.shopperName() + " iPhone " + fx.shopper()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asLong();
		shopper.post("/api/v1/inspections/{id}/submit", "", visitId).andExpect(status().isOk());

		ApiSession manager = fx.signIn(mvc, fx.units().userA());
		// nothing of it reaches the unit before its result is published
		manager.get("/api/v1/inspections/{id}/photos/{photoId}", visitId, photoId).andExpect(status().isNotFound());
		fx.publish(mvc, visitId);
		String list = manager.get("/api/v1/inspections/{id}/photos", visitId)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		byte[] full = manager.get("/api/v1/inspections/{id}/photos/{photoId}", visitId, photoId)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		byte[] thumbnail = manager.get("/api/v1/inspections/{id}/photos/{photoId}/thumbnail", visitId, photoId)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		for (String body : new String[] { list, new String(full, StandardCharsets.UTF_8),
				new String(full, StandardCharsets.ISO_8859_1), new String(thumbnail, StandardCharsets.ISO_8859_1) }) {
			assertThat(body).doesNotContain(fx.shopper()).doesNotContain(fx.shopperName()).doesNotContain("iPhone")
				.doesNotContain("Exif");
		}
	}
}
