/**
 * Who a user is and what they may see and do: accounts, login with lockout and password policy,
 * personal API tokens, roles with permissions and data scopes, and the current actor.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization" })
@NullMarked
package io.jingxi.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
