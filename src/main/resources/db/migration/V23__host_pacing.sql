-- Politeness across pods: the next moment any instance may start a request to a site (host:port). Each request
-- reserves its start with one short statement (ClusterPacing), so no lock or transaction is held while fetching.
create table host_slot (
    site    text        primary key,
    next_at timestamptz not null
);
