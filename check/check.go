package check

import (
	"fmt"
	"math/big"

	"github.com/pyasync2go/pyasync2go/ast"
	"github.com/pyasync2go/pyasync2go/diag"
)

// maxRounds bounds the inference fixpoint; types only grow, so real
// programs settle in a few rounds.
const maxRounds = 50

// Check resolves the names of mod, infers the types of its variables,
// parameters and results, and reports what cannot be translated. The error,
// when not nil, is a diag.List.
func Check(mod *ast.Module) (*Info, error) {
	return CheckWith(mod, Options{})
}

// CheckWith is Check with options.
func CheckWith(mod *ast.Module, opts Options) (*Info, error) {
	c := &checker{
		opts: opts,
		file: mod.Filename,
		info: &Info{
			Funcs:   map[*ast.FunctionDef]*Func{},
			Lambdas: map[*ast.Lambda]*Func{},

			HandlerVars: map[*ast.ExceptHandler]*Var{},
			AugOps:      map[*ast.AugAssign]*ast.BinOp{},
			Classes:     map[*ast.ClassDef]*ClassInfo{},
			Uses:        map[*ast.Name]*Var{},
			Types:       map[ast.Expr]*Type{},
			Raises:      map[ast.Expr]bool{},
			Asserts:     map[ast.Expr]bool{},
			NoAttr:      map[*ast.Attribute]bool{},
			RunErrors:   map[ast.Expr]RunError{},
			SeqTuples:   map[ast.Expr]*Type{},
			Unzips:      map[*ast.Call]bool{},
			Deleted:     map[*Var]bool{},
			IntConsts:   map[ast.Expr]*big.Int{},

			ThreadCalls: map[*ast.Call]*ast.Call{},
			SizeChecked: map[*ast.For]bool{},
		},
		builtins: newBuiltins(),
	}
	if errs := compileErrors(mod, opts.REPL); len(errs) > 0 {
		return c.info, errs
	}
	c.info.Warnings = compileWarnings(mod)
	c.moduleBody = mod.Body
	c.declareModule(mod)
	if opts.REPL {
		c.declareSession()
	}
	for round := 0; round < maxRounds; round++ {
		c.changed = false
		c.walkAll(mod)
		if !c.changed {
			break
		}
	}
	if c.unboundReads() {
		// Reads that may find their variable unassigned raise.
		for round := 0; round < maxRounds; round++ {
			c.changed = false
			c.walkAll(mod)
			if !c.changed {
				break
			}
		}
	}
	if c.defaultFutures() {
		for round := 0; round < maxRounds; round++ {
			c.changed = false
			c.walkAll(mod)
			if !c.changed {
				break
			}
		}
	}
	if c.defaultElems() {
		for round := 0; round < maxRounds; round++ {
			c.changed = false
			c.walkAll(mod)
			if !c.changed {
				break
			}
		}
	}
	if c.sawMissingAttr {
		// The types have settled: attributes still missing are
		// AttributeErrors at run time, operators still unsupported
		// TypeErrors.
		c.attrErrors = true
		for round := 0; round < maxRounds; round++ {
			c.changed = false
			c.walkAll(mod)
			if !c.changed {
				break
			}
		}
	}
	if c.opts.REPL {
		c.markPending()
	}
	c.report = true
	c.walkAll(mod)
	c.finish()
	c.errs.Sort()
	if err := c.errs.Err(); err != nil {
		return c.info, err
	}
	return c.info, nil
}

type checker struct {
	opts     Options
	file     string
	info     *Info
	errs     diag.List
	builtins map[string]*Var
	report   bool // the final round reports diagnostics
	changed  bool // a type or flag grew in this round
	fn       *Func
	comps    []map[string]*Var // comprehension scopes, innermost last
	genexps  int               // generator expressions around the expression
	// genericSites indexes lambdas and callees (see generic.go).
	genericSites *genericSites
	tryDepth     int       // try/async-with bodies around the statement
	loops        int       // loops inside the innermost try body
	loopDepth    int       // loops around the statement in this function
	follow       *followOn // see followon.go
	// mutated caches mutatedLists; moduleBody is the module's code.
	mutated    map[*Func]map[string]bool
	moduleBody []ast.Stmt
	// prevWrites counts each variable's assignments in the previous
	// round; constBound is the constant int expression a variable is
	// assigned (see intconst.go).
	prevWrites map[*Var]int
	constBound map[*Var]ast.Expr
	// sawMissingAttr notes a read of an attribute a value does not
	// have, or an operator its operands do not support; attrErrors makes
	// them AttributeErrors and TypeErrors at run time (attr_errors.go).
	sawMissingAttr, attrErrors bool
}

func (c *checker) errorf(pos ast.Pos, format string, args ...any) {
	if c.report {
		c.errs.Add(c.file, pos, format, args...)
		c.markErred(c.fn)
	}
}

// unsupported reports a construct of the support table.
func (c *checker) unsupported(pos ast.Pos, key string) {
	f := feature(key)
	msg := "unsupported: " + f.Construct
	if f.Note != "" && !f.Supported {
		msg += " (" + f.Note + ")"
	}
	c.errorf(pos, "%s", msg)
}

// setType joins t into *dst and notes growth.
func (c *checker) setType(dst **Type, t *Type) {
	j := join(*dst, t)
	if deeper(j, maxTypeDepth) {
		// a = b = a, a: a type that would grow with every round
		j = tDynamic
	}
	if !j.Equal(*dst) {
		*dst = j
		c.changed = true
	}
}

// maxTypeDepth bounds the nesting of inferred types.
const maxTypeDepth = 12

// deeper reports whether t nests more than n levels of types. Types
// share parts, so each part is visited once.
func deeper(t *Type, n int) bool {
	if t == nil || t.Elem == nil && t.Key == nil && len(t.Elems) == 0 {
		return false
	}
	return typeDepth(t, map[*Type]int{}) > n
}

func typeDepth(t *Type, memo map[*Type]int) int {
	if t == nil {
		return 0
	}
	if d, ok := memo[t]; ok {
		return d
	}
	d := max(typeDepth(t.Elem, memo), typeDepth(t.Key, memo))
	for _, e := range t.Elems {
		d = max(d, typeDepth(e, memo))
	}
	memo[t] = d + 1
	return d + 1
}

func (c *checker) walkAll(mod *ast.Module) {
	if c.prevWrites == nil {
		c.prevWrites, c.constBound = map[*Var]int{}, map[*Var]ast.Expr{}
	}
	for _, f := range append([]*Func{c.info.Module}, c.info.FuncSeq...) {
		for _, v := range f.Locals {
			c.prevWrites[v] = v.Writes
			v.Reads, v.Writes, v.Dels = 0, 0, 0
		}
	}
	c.fn = c.info.Module
	c.stmts(mod.Body)
	for i := 0; i < len(c.info.FuncSeq); i++ {
		if f := c.info.FuncSeq[i]; !(c.report && f.Pending) {
			c.walkFunc(f)
		}
	}
	c.unifyOverrides()
	c.unifyGroups()
}

func (c *checker) walkFunc(f *Func) {
	c.fn = f
	c.loopDepth = 0
	c.comps = f.comps
	defer func() { c.comps = nil }()
	if f.Lambda != nil {
		c.setType(&f.Result, c.expr(f.Lambda.Body))
		c.fn = c.info.Module
		return
	}
	if f.Async && !f.MayRaise {
		f.MayRaise = true
		c.changed = true
	}
	c.stmts(f.Def.Body)
	if f.Result == nil || f.Result.Kind == Unknown {
		if !hasValueReturn(f.Def.Body) {
			c.setType(&f.Result, tNone)
		}
	}
	c.fn = c.info.Module
}

// markRaises records that e returns an error in Go and that the current
// function therefore may raise.
func (c *checker) markRaises(e ast.Expr) {
	c.info.Raises[e] = true
	c.fnRaises()
}

func (c *checker) fnRaises() {
	if !c.fn.MayRaise {
		c.fn.MayRaise = true
		c.changed = true
	}
}

// finish reports names whose type stayed unknown or mixed, and counts Stats.
func (c *checker) finish() {
	c.fn = nil
	c.reportYields()
	var st Stats
	count := func(v *Var, static, dynamic *int) {
		if v.Type != nil && v.Type.Kind == Dynamic {
			*dynamic++
		} else {
			*static++
		}
	}
	for _, f := range append([]*Func{c.info.Module}, c.info.FuncSeq...) {
		if f.Pending {
			continue
		}
		for _, p := range f.Params {
			count(p, &st.StaticParams, &st.DynamicParams)
			if !c.erred(f) {
				c.checkVarType(p)
			}
		}
		for _, name := range sortedKeys(f.Locals) {
			v := f.Locals[name]
			if v.Kind == Local || v.Kind == Global {
				count(v, &st.StaticVars, &st.DynamicVars)
				if !c.erred(f) {
					c.checkVarType(v)
				}
			}
		}
		if !f.IsModule() && f.Class != nil && f.Def.Name == "__init__" {
			continue
		}
		if !f.IsModule() {
			if f.Result != nil && f.Result.Kind == Dynamic {
				st.DynamicReturns++
			} else {
				st.StaticReturns++
				if !f.Result.Complete() && !c.erred(f) {
					c.errorf(f.Def.Pos, "cannot infer the result type of '%s'", f.Name)
				}
			}
		}
	}
	for _, ci := range c.info.Classes {
		if ci.Pending {
			continue
		}
		for _, f := range ci.Fields {
			count(f, &st.StaticVars, &st.DynamicVars)
			if f.Type == nil || !f.Type.Complete() {
				c.errorf(f.Pos, "cannot infer the type of the attribute '%s'", f.Name)
			}
		}
	}
	c.info.Stats = st
}

func (c *checker) checkVarType(v *Var) {
	switch {
	case v.Reads == 0 && v.Kind != Param && v.Type.Complete():
	case v.Type == nil || v.Type.Kind == Unknown:
		if v.Kind == Param {
			if v.Func.Called {
				c.errorf(v.Pos, "cannot infer the type of parameter '%s'", v.Name)
			} else {
				c.errorf(v.Pos, "unsupported: parameter '%s' of a function that is never called (its type cannot be inferred)", v.Name)
			}
		} else if v.Reads > 0 {
			c.errorf(v.Pos, "cannot infer the type of '%s'", v.Name)
		}
	case v.Type.Kind == Dynamic:
		// A dynamic value: any in Go, with rt's dynamic operators.
	case !v.Type.Complete():
		c.errorf(v.Pos, "cannot infer the type of '%s' (%s)", v.Name, v.Type)
	}
}

func hasValueReturn(body []ast.Stmt) bool {
	found := false
	walkStmts(body, func(s ast.Stmt) {
		if r, ok := s.(*ast.Return); ok && r.Value != nil {
			found = true
		}
	})
	return found
}

// walkStmts calls fn for every statement in body, recursing into compound
// statements but not into nested functions or classes.
func walkStmts(body []ast.Stmt, fn func(ast.Stmt)) {
	for _, s := range body {
		fn(s)
		switch s := s.(type) {
		case *ast.If:
			walkStmts(s.Body, fn)
			walkStmts(s.OrElse, fn)
		case *ast.For:
			walkStmts(s.Body, fn)
			walkStmts(s.OrElse, fn)
		case *ast.While:
			walkStmts(s.Body, fn)
			walkStmts(s.OrElse, fn)
		case *ast.With:
			walkStmts(s.Body, fn)
		case *ast.Try:
			walkStmts(s.Body, fn)
			for _, h := range s.Handlers {
				walkStmts(h.Body, fn)
			}
			walkStmts(s.OrElse, fn)
			walkStmts(s.FinalBody, fn)
		}
	}
}

func quote(s string) string { return fmt.Sprintf("'%s'", s) }
