package io.jingxi.inspection;

import static io.jingxi.inspection.InspectionFixture.allAnswers;
import static io.jingxi.inspection.InspectionFixture.items;
import static io.jingxi.inspection.InspectionFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import io.jingxi.identity.IdentityApi;
import io.jingxi.organization.OrganizationApi;
import io.jingxi.shared.ApiSession;
import tools.jackson.databind.JsonNode;

/**
 * A mystery shopper's identity never reaches the visited unit: an unsubmitted visit is invisible to
 * the unit's users, a submitted one names only the neutral label, through every endpoint; the shopper
 * sees only their own visits, and organisation-wide users see who it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MysteryShopperHttpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationApi organization;

	@Autowired
	IdentityApi identity;

	InspectionFixture fx;

	@BeforeEach
	void twoUnitsAShopperAndAPublishedStandard() throws Exception {
		fx = InspectionFixture.create(mvc, organization, identity);
	}

	/** Every body the visited unit's user gets for the visit, through every read and write endpoint. */
	List<String> everyResponseTo(ApiSession session, long id) throws Exception {
		List<String> bodies = new ArrayList<>();
		bodies.add(session.get("/api/v1/inspections?size=200").andReturn().getResponse().getContentAsString());
		bodies.add(session.get("/api/v1/inspections?unitId={u}&kind=MYSTERY_SHOPPER", fx.units().unitA())
			.andReturn().getResponse().getContentAsString());
		bodies.add(session.get("/api/v1/inspections/{id}", id).andReturn().getResponse().getContentAsString());
		bodies.add(session.get("/api/v1/inspections/{id}/score", id).andReturn().getResponse().getContentAsString());
		bodies.add(session.get("/api/v1/inspections/{id}/findings", id).andReturn().getResponse().getContentAsString());
		bodies.add(session.put("/api/v1/inspections/{id}/answers", "{\"answers\":[{\"itemId\":1,\"compliant\":true}]}", id)
			.andReturn().getResponse().getContentAsString());
		bodies.add(session.post("/api/v1/inspections/{id}/submit", "", id).andReturn().getResponse().getContentAsString());
		return bodies;
	}

	void neverNamesTheShopper(List<String> bodies) {
		for (String body : bodies) {
			assertThat(body).doesNotContain(fx.shopper()).doesNotContain(fx.shopperName());
		}
	}

	@Test
	void theVisitedUnitNeverSeesTheShopperNorAnUnsubmittedVisit() throws Exception {
		var shopper = fx.signIn(mvc, fx.shopper());
		JsonNode created = json(fx.newVisit(shopper, fx.units().unitA(), "MYSTERY_SHOPPER"));
		long id = created.path("visit").path("id").asLong();
		assertThat(created.path("visit").path("inspectorName").asString()).isEqualTo(fx.shopperName());
		String failed = items(created).get(0).path("clause").asString();
		shopper.put("/api/v1/inspections/{id}/answers", allAnswers(created, "门口有小广告", failed), id)
			.andExpect(status().isOk());
		InspectionFixture.photograph(shopper, id, InspectionFixture.itemId(created, failed));

		// before it is submitted the unit's manager and inspector do not even know it exists
		for (String user : new String[] { fx.units().userA(), fx.inspectorA() }) {
			ApiSession unitUser = fx.signIn(mvc, user);
			unitUser.get("/api/v1/inspections/{id}", id).andExpect(status().isNotFound());
			unitUser.get("/api/v1/inspections/{id}/score", id).andExpect(status().isNotFound());
			unitUser.get("/api/v1/inspections/{id}/findings", id).andExpect(status().isNotFound());
			unitUser.get("/api/v1/inspections?unitId={u}", fx.units().unitA()).andExpect(jsonPath("$.total").value(0));
			neverNamesTheShopper(everyResponseTo(unitUser, id));
		}
		// the draft is unchanged by their attempts
		shopper.get("/api/v1/inspections/{id}", id)
			.andExpect(jsonPath("$.visit.status").value("DRAFT"))
			.andExpect(jsonPath("$.answers.length()").value(items(created).size()));

		shopper.post("/api/v1/inspections/{id}/submit", "", id).andExpect(status().isOk());

		// once submitted the unit sees the result under the neutral label, in its own language
		ApiSession manager = fx.signIn(mvc, fx.units().userA());
		manager.get("/api/v1/inspections?unitId={u}", fx.units().unitA())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].inspectorName").value("神秘顾客"))
			.andExpect(jsonPath("$.items[0].inspectorId").doesNotExist())
			.andExpect(jsonPath("$.items[0].inspectorHidden").value(true));
		manager.inEnglish().get("/api/v1/inspections/{id}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visit.inspectorName").value("Mystery shopper"))
			.andExpect(jsonPath("$.visit.inspectorId").doesNotExist());
		manager.get("/api/v1/inspections/{id}/findings", id)
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].clause").value(failed));
		manager.get("/api/v1/inspections/{id}/score", id).andExpect(status().isOk());
		List<String> bodies = everyResponseTo(manager, id);
		bodies.addAll(everyResponseTo(manager.inEnglish(), id));
		bodies.addAll(everyResponseTo(fx.signIn(mvc, fx.inspectorA()), id));
		neverNamesTheShopper(bodies);

		// unit B sees nothing at all
		ApiSession managerB = fx.signIn(mvc, fx.units().userB());
		managerB.get("/api/v1/inspections/{id}", id).andExpect(status().isNotFound());

		// organisation-wide users and the shopper see who it was
		fx.signIn(mvc, fx.qualityManager()).get("/api/v1/inspections/{id}", id)
			.andExpect(jsonPath("$.visit.inspectorName").value(fx.shopperName()))
			.andExpect(jsonPath("$.visit.inspectorHidden").value(false));
		shopper.get("/api/v1/inspections?size=200")
			.andExpect(jsonPath("$.items[*].id", hasItem((int) id)))
			.andExpect(jsonPath("$.items[*].inspectorName", everyItem(is(fx.shopperName()))));
	}

	@Test
	void aShopperSeesOnlyTheirOwnVisits() throws Exception {
		var inspector = fx.signIn(mvc, fx.inspectorA());
		long other = json(fx.newVisit(inspector, fx.units().unitA(), "SUPERVISOR")).path("visit").path("id").asLong();
		var shopper = fx.signIn(mvc, fx.shopper());
		long own = json(fx.newVisit(shopper, fx.units().unitB(), "MYSTERY_SHOPPER")).path("visit").path("id").asLong();

		shopper.get("/api/v1/inspections/{id}", other).andExpect(status().isNotFound());
		shopper.get("/api/v1/inspections/{id}/score", other).andExpect(status().isNotFound());
		shopper.get("/api/v1/inspections?size=200")
			.andExpect(jsonPath("$.items[*].id", hasItem((int) own)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) other))));
		shopper.get("/api/v1/inspections?unitId={u}", fx.units().unitA()).andExpect(jsonPath("$.total").value(0));
		// and another unit's inspector does not see the shopper's draft of unit B
		fx.signIn(mvc, fx.inspectorB()).get("/api/v1/inspections/{id}", own).andExpect(status().isNotFound());
	}
}
