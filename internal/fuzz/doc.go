// Package fuzz holds the fuzz target of the whole translation pipeline:
// whatever Python it is given, pyasync2go answers with diagnostics or with
// Go that compiles. Run it longer with
//
//	go test ./internal/fuzz -run '^$' -fuzz FuzzTranslate -fuzztime 10m
package fuzz
