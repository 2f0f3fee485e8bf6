// Package check resolves names, infers static types and rejects what
// pyasync2go cannot translate. It runs between the parser and codegen:
//
//	mod, _ := grammar.Parse(filename, src)
//	info, err := check.Check(mod)     // err is a diag.List
//	goSrc, _ := codegen.Generate(mod, info, codegen.Options{...})
//
// Types are inferred for the whole module at once: parameters from call
// sites, results from return statements, containers from their elements. A
// variable that really holds values of different types is reported (see
// Features for the list of supported and unsupported constructs).
package check
