package io.jingxi.rectification;

import static io.jingxi.rectification.RectificationFixture.json;
import static io.jingxi.rectification.RectificationFixture.noticesOf;
import static io.jingxi.rectification.UnitTreeFixture.DEFAULT_POLICY;
import static io.jingxi.rectification.UnitTreeFixture.usePolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.jingxi.identity.IdentityApi;
import io.jingxi.inspection.InspectionApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.ApiSession;
import io.jingxi.shared.files.ImageIntake;
import io.jingxi.shared.files.TestImages;
import tools.jackson.databind.JsonNode;

/**
 * Photos of a fix over HTTP: the owner side adds them to the submission it prepares and may remove
 * them until it submits; they stay with that submission; bad uploads and other people change nothing;
 * the notice also shows the inspector's evidence of the finding.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FixPhotoHttpTests {

	static final String BASE = "/api/v1/rectifications";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	@Autowired
	InspectionApi inspections;

	@Autowired
	RectificationApi rectifications;

	@Autowired
	PolicyService policies;

	/** The real intake, watched: when it re-encodes, and whether a transaction is open then. */
	@MockitoSpyBean
	ImageIntake intake;

	RectificationFixture fx;

	long id;

	@BeforeEach
	void aNoticeInUnitA() throws Exception {
		usePolicy(policies, DEFAULT_POLICY);
		fx = RectificationFixture.create(mvc, organization, identity);
		long visit = fx.failedVisit(fx.signIn(mvc, fx.inspectorA()), fx.units().unitA(), "SPOT_CHECK", "台面杂乱", 1);
		id = noticesOf(visit, inspections, rectifications).get(0).id();
	}

	static ResultActions upload(ApiSession session, long noticeId, byte[] content, String type) throws Exception {
		return session.perform(MockMvcRequestBuilders.multipart(BASE + "/{id}/photos", noticeId)
			.file(new MockMultipartFile("file", "fix.jpg", type, content)));
	}

	JsonNode details(ApiSession session) throws Exception {
		return json(session.get(BASE + "/{id}", id).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
	}

	@Test
	void aPhotoIsReEncodedWithNoDatabaseTransactionOpenAndOnlyForTheOwnerSide() throws Exception {
		List<Boolean> inTransaction = new CopyOnWriteArrayList<>();
		doAnswer(call -> {
			inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
			return call.callRealMethod();
		}).when(intake).process(any(byte[].class));

		upload(fx.signIn(mvc, fx.managerA()), id, TestImages.jpeg(1200, 900), "image/jpeg")
			.andExpect(status().isCreated());
		assertThat(inTransaction).containsExactly(false);
		// the inspector is not the owner side: refused before any of that work
		upload(fx.signIn(mvc, fx.inspectorA()), id, TestImages.jpeg(1200, 900), "image/jpeg")
			.andExpect(status().isForbidden());
		assertThat(inTransaction).hasSize(1);
	}

	@Test
	void photosBelongToTheSubmissionBeingPreparedAndStayWithItOnceSubmitted() throws Exception {
		ApiSession manager = fx.signIn(mvc, fx.managerA());
		// the inspector's evidence comes with the notice
		JsonNode opened = details(manager);
		assertThat(opened.path("findingPhotos")).hasSize(1);
		assertThat(opened.path("findingPhotos").get(0).path("visitId").asLong())
			.isEqualTo(opened.path("visitId").asLong());

		long first = json(upload(manager, id, TestImages.jpeg(1600, 1200), "image/jpeg")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.submission").value(1))
			.andExpect(jsonPath("$.pending").value(true))
			.andExpect(jsonPath("$.uploadedBy").value(fx.managerNameA()))
			.andReturn().getResponse().getContentAsString()).path("id").asLong();
		byte[] jpeg = manager.get(BASE + "/{id}/photos/{photo}", id, first)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(jpeg[0]).isEqualTo((byte) 0xFF);
		assertThat(jpeg[1]).isEqualTo((byte) 0xD8);
		manager.get(BASE + "/{id}/photos/{photo}/thumbnail", id, first).andExpect(status().isOk());

		manager.post(BASE + "/{id}/submit", "{\"description\":\"台面已整理，见照片\"}", id).andExpect(status().isOk());
		JsonNode submitted = details(manager);
		assertThat(submitted.path("fixPhotos")).hasSize(1);
		assertThat(submitted.path("fixPhotos").get(0).path("pending").asBoolean()).isFalse();
		manager.delete(BASE + "/{id}/photos/{photo}", id, first)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("rectification.photo.submitted"));
		upload(manager, id, TestImages.jpeg(640, 480), "image/jpeg")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("rectification.notOpen"));

		// rejected: the next photos belong to the second submission, and may be removed until then
		fx.signIn(mvc, fx.inspectorA()).post(BASE + "/{id}/reject", "{\"reason\":\"看不清\"}", id)
			.andExpect(status().isOk());
		long second = json(upload(manager, id, TestImages.jpeg(640, 480), "image/jpeg")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.submission").value(2))
			.andReturn().getResponse().getContentAsString()).path("id").asLong();
		manager.delete(BASE + "/{id}/photos/{photo}", id, second).andExpect(status().isNoContent());
		manager.get(BASE + "/{id}/photos/{photo}", id, second).andExpect(status().isNotFound());
		JsonNode after = details(manager);
		assertThat(after.path("fixPhotos")).hasSize(1);
		assertThat(after.path("fixPhotos").get(0).path("id").asLong()).isEqualTo(first);
		// the verifier sees the photos too
		fx.signIn(mvc, fx.qualityManager()).get(BASE + "/{id}/photos/{photo}/thumbnail", id, first)
			.andExpect(status().isOk());
	}

	@Test
	void badUploadsAndOtherPeopleChangeNothing() throws Exception {
		ApiSession manager = fx.signIn(mvc, fx.managerA());
		upload(manager, id, "not a photo".getBytes(StandardCharsets.UTF_8), "image/jpeg")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		upload(manager, id, new byte[0], "image/jpeg")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		long mine = json(upload(manager, id, TestImages.jpeg(640, 480), "image/jpeg")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString()).path("id").asLong();

		// unit B's manager does not see the notice; an inspector or a quality manager is not its owner
		ApiSession b = fx.signIn(mvc, fx.managerB());
		upload(b, id, TestImages.jpeg(640, 480), "image/jpeg").andExpect(status().isNotFound());
		b.get(BASE + "/{id}/photos/{photo}", id, mine).andExpect(status().isNotFound());
		b.delete(BASE + "/{id}/photos/{photo}", id, mine).andExpect(status().isNotFound());
		upload(fx.signIn(mvc, fx.inspectorA()), id, TestImages.jpeg(640, 480), "image/jpeg")
			.andExpect(status().isForbidden());
		ApiSession quality = fx.signIn(mvc, fx.qualityManager());
		upload(quality, id, TestImages.jpeg(640, 480), "image/jpeg").andExpect(status().isForbidden());
		quality.delete(BASE + "/{id}/photos/{photo}", id, mine).andExpect(status().isForbidden());
		manager.get(BASE + "/{id}/photos/{photo}", id, Long.MAX_VALUE).andExpect(status().isNotFound());

		assertThat(details(manager).path("fixPhotos")).hasSize(1);
	}
}
