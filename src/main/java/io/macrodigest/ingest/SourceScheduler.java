package io.macrodigest.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Keeps one Quartz job per enabled source in the shared JDBC job store, so every instance of the service sees
 * the same schedule and each firing runs on exactly one of them.
 */
@ApplicationScoped
public class SourceScheduler {

    private static final String GROUP = "sources";

    private final Scheduler quartz;

    public SourceScheduler(Scheduler quartz) {
        this.quartz = quartz;
    }

    /** (Re)schedules the source to be polled every {@code interval}, the first time at {@code first}. */
    public Instant schedule(long sourceId, Duration interval, Instant first) {
        JobDetail job = JobBuilder.newJob(SourcePollJob.class)
                .withIdentity(jobKey(sourceId))
                .usingJobData(SourcePollJob.SOURCE_ID, Long.toString(sourceId))
                .storeDurably()
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(triggerKey(sourceId))
                .forJob(job)
                .startAt(Date.from(first))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        try {
            quartz.addJob(job, true);
            if (quartz.checkExists(trigger.getKey())) {
                quartz.rescheduleJob(trigger.getKey(), trigger);
            } else {
                quartz.scheduleJob(trigger);
            }
            return first;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule source " + sourceId + ": " + e.getMessage(), e);
        }
    }

    /** Stops the periodic polls but keeps the job, so "poll now" still works on a disabled source. */
    public void pause(long sourceId) {
        try {
            quartz.addJob(JobBuilder.newJob(SourcePollJob.class).withIdentity(jobKey(sourceId))
                    .usingJobData(SourcePollJob.SOURCE_ID, Long.toString(sourceId)).storeDurably().build(), true);
            quartz.unscheduleJob(triggerKey(sourceId));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot pause source " + sourceId + ": " + e.getMessage(), e);
        }
    }

    public void unschedule(long sourceId) {
        try {
            quartz.deleteJob(jobKey(sourceId));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot unschedule source " + sourceId + ": " + e.getMessage(), e);
        }
    }

    /** Polls the source as soon as a worker is free, on whichever instance takes the firing. */
    public void pollNow(long sourceId) {
        try {
            quartz.triggerJob(jobKey(sourceId));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot trigger source " + sourceId + ": " + e.getMessage(), e);
        }
    }

    private static JobKey jobKey(long sourceId) {
        return JobKey.jobKey("source-" + sourceId, GROUP);
    }

    private static TriggerKey triggerKey(long sourceId) {
        return TriggerKey.triggerKey("source-" + sourceId, GROUP);
    }
}
