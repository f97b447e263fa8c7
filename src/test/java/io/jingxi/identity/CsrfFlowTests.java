package io.jingxi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The web app's real flow over HTTP: fetch the CSRF cookie, echo it in a header, sign in, sign out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CsrfFlowTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Test
	void spaSignsInWithTheCookieTokenEchoedInAHeader() throws Exception {
		var username = "c" + UUID.randomUUID().toString().substring(0, 8);
		identity.createAccount(new IdentityApi.NewAccount(username, "浏览器用户", "Browser-pass-1", null, null,
				Set.of("STAFF"), false));
		var cookies = new CookieManager();
		var http = HttpClient.newBuilder().cookieHandler(cookies).build();
		var base = "http://127.0.0.1:" + port;

		var csrf = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/csrf")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(csrf.statusCode()).isEqualTo(200);
		assertThat(csrf.body()).contains("X-XSRF-TOKEN");
		var token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
			.findFirst().orElseThrow().getValue();

		var body = "{\"username\":\"" + username + "\",\"password\":\"Browser-pass-1\"}";
		var withoutHeader = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(withoutHeader.statusCode()).isEqualTo(403);

		var login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
			.header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("HttpOnly"));

		var me = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains(username);

		var currentToken = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
			.findFirst().orElseThrow().getValue();
		var logout = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/logout"))
			.header("X-XSRF-TOKEN", currentToken).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(logout.statusCode()).isEqualTo(204);
		var after = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(after.statusCode()).isEqualTo(401);
	}

	@Test
	void aPathTheFirewallRefusesIsALocalizedProblemNotTheContainersPage() throws Exception {
		var http = HttpClient.newHttpClient();
		var base = "http://127.0.0.1:" + port;
		for (var language : new String[] { "zh-CN", "en" }) {
			var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/calendars//deadline"))
				.header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("\"code\":\"error.request.rejected\"")
				.contains(language.equals("en") ? "double slash" : "连续的斜杠")
				.doesNotContain("Exception");
		}
	}
}
