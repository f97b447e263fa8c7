-- One row that changes of the tree's shape (create, move, deactivate, activate, unit imports) lock
-- first, so that two of them never interleave: a move rewrites a whole subtree, and a unit created
-- or moved concurrently below it would otherwise keep a stale path or close a cycle.
create table org_tree_lock (
  id  int not null primary key
);
insert into org_tree_lock (id) values (1);
