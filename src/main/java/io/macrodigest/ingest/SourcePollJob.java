package io.macrodigest.ingest;

import jakarta.enterprise.context.Dependent;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The Quartz job of one source. In the clustered JDBC store each firing goes to one instance, and
 * {@link DisallowConcurrentExecution} keeps two instances from polling the same source at once.
 */
@Dependent
@DisallowConcurrentExecution
@RegisterForReflection
public class SourcePollJob implements Job {

    static final String SOURCE_ID = "sourceId";

    private final SourcePoller poller;

    public SourcePollJob(SourcePoller poller) {
        this.poller = poller;
    }

    @Override
    public void execute(JobExecutionContext context) {
        // the store keeps job data as strings (Quarkus sets useProperties), portable across instances
        poller.poll(Long.parseLong(context.getMergedJobDataMap().getString(SOURCE_ID)));
    }
}
