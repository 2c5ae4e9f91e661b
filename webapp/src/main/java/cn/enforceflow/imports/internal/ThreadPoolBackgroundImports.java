package cn.enforceflow.imports.internal;

import cn.enforceflow.imports.BackgroundImports;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * One thread per node for background imports: they are rare and each applies in one
 * transaction, so two at once would only wait for each other's locks.
 */
@Component
class ThreadPoolBackgroundImports implements BackgroundImports, DisposableBean {

	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	ThreadPoolBackgroundImports() {
		this.executor.setCorePoolSize(1);
		this.executor.setMaxPoolSize(1);
		this.executor.setQueueCapacity(100);
		this.executor.setThreadNamePrefix("import-");
		this.executor.initialize();
	}

	@Override
	public void submit(Runnable job) {
		this.executor.execute(job);
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
