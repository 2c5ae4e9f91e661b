package cn.enforceflow.imports;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Background imports held until a test runs them, on the test's own thread: a test sees a
 * job running, then ends it when it chooses — no sleeping, no polling.
 */
public final class HeldImports implements BackgroundImports {

	private final Queue<Runnable> jobs = new ConcurrentLinkedQueue<>();

	@Override
	public void submit(Runnable job) {
		this.jobs.add(job);
	}

	/** Runs every job submitted so far; returns how many ran. */
	public int runAll() {
		int ran = 0;
		for (Runnable job = this.jobs.poll(); job != null; job = this.jobs.poll()) {
			job.run();
			ran++;
		}
		return ran;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		HeldImports heldImports() {
			return new HeldImports();
		}

	}

}
