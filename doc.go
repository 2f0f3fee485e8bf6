// Package pyasync2go translates Python asyncio programs into Go programs
// that behave as CPython 3.11 does: same output, same interleaving of tasks,
// same exceptions and exit codes.
//
// The command is cmd/pyasync2go; the pipeline is grammar (parse), check
// (scopes, names, types) and codegen (Go source), driven by package driver.
// Generated programs import package rt, whose source this package embeds
// (see RuntimeFiles) so that an installed pyasync2go can build programs
// anywhere without network access.
package pyasync2go
