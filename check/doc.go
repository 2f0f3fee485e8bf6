// Package check resolves names, infers static types and rejects what
// pyasync2go cannot translate. It runs between the parser and codegen:
//
//	mod, _ := grammar.Parse(filename, src)
//	info, err := check.Check(mod)     // err is a diag.List
//	goSrc, _ := codegen.Generate(mod, info, codegen.DefaultOptions(filename))
//
// Types are inferred for the whole module at once, by a fixpoint over all
// function bodies: parameters from call sites, results from return
// statements, containers from their elements and from what is stored in
// them later (xs.append(1), d[k] = v, q.put(x)), also across calls. A list
// that a callee mutates through a parameter, or that is stored in an
// object, is marked Shared and becomes an *rt.List so that every holder
// sees the change. A variable that really holds values of different types
// is reported.
//
// Features is the single table of supported and unsupported constructs;
// SupportTable renders it for the README, and every "unsupported: ..."
// diagnostic that names a construct comes from it.
package check
