package io.jingxi.identity;

import java.time.Clock;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start: makes sure the built-in roles exist with this version's permissions. Runs before the
 * demo organisation is seeded; {@link FirstAdministrator} runs after it.
 */
@Component
@Order(10)
class IdentityBootstrap implements ApplicationRunner {

	private final Roles roles;
	private final TransactionTemplate transactions;
	private final Clock clock;

	IdentityBootstrap(Roles roles, TransactionTemplate transactions, Clock clock) {
		this.roles = roles;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> {
			for (BuiltInRole builtIn : BuiltInRole.values()) {
				roles.findByCode(builtIn.name()).ifPresentOrElse(role -> {
					role.syncBuiltIn(builtIn.permissions);
					roles.save(role);
				}, () -> roles.save(new Role(builtIn.name(), builtIn.displayName, true, builtIn.scope,
						builtIn.permissions, Set.of(), clock.instant())));
			}
		});
	}
}
