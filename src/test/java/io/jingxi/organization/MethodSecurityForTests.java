package io.jingxi.organization;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Switches on @PreAuthorize for the module's HTTP tests; in the application the identity module does. */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityForTests {
}
