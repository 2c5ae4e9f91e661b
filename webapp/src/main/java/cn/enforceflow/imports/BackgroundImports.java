package cn.enforceflow.imports;

/**
 * Where background import jobs run: a small thread pool of the node that received the
 * file. Tests replace it with one they drive.
 */
public interface BackgroundImports {

	void submit(Runnable job);

}
