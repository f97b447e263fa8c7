package io.jingxi.identity;

import java.time.Clock;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start: makes sure the built-in roles exist with this version's permissions, and when there is
 * no account at all and no demo organisation is wanted (production), creates one system
 * administrator with a random password, printed once, to be changed at first sign-in.
 */
@Component
@Order(10)
class IdentityBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

	private final Roles roles;
	private final AccountService accounts;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final boolean demo;

	IdentityBootstrap(Roles roles, AccountService accounts, TransactionTemplate transactions, Clock clock,
			@Value("${jingxi.demo.enabled:false}") boolean demo) {
		this.roles = roles;
		this.accounts = accounts;
		this.transactions = transactions;
		this.clock = clock;
		this.demo = demo;
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
		if (!demo && accounts.accountCount() == 0) {
			var password = AccountService.temporaryPassword();
			accounts.createAccount(new IdentityApi.NewAccount("admin", "系统管理员", password, null, null,
					Set.of(BuiltInRole.SYSTEM_ADMIN.name()), true));
			var banner = """

					================================================================
					 Jingxi: first start. A system administrator was created.
					   username: admin
					   password: %s
					 This password is shown once; you must change it at first sign-in.
					 首次启动：已创建系统管理员 admin，初始密码仅显示这一次，首次登录须修改。
					================================================================
					""".formatted(password);
			System.out.println(banner);
			log.warn("First start: created the system administrator 'admin' (password printed once on the console)");
		}
	}
}
