package io.jingxi.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document's title and the two ways to authenticate: session cookie or bearer token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI jingxiOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Jingxi API").version("v1")
				.description("Service-quality management. Errors are RFC 9457 problem details, localized by Accept-Language (zh-CN default, en).")
				.license(new License().name("Apache-2.0")))
			.components(new Components()
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("Personal API token, created under My tokens"))
				.addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE).name("JSESSIONID")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"))
			.addSecurityItem(new SecurityRequirement().addList("session"));
	}
}
