package check

import "github.com/pyasync2go/pyasync2go/ast"

// Unassigned locals.
//
// A name assigned anywhere in a function is local to all of it, and
// reading it before an assignment has run raises UnboundLocalError:
// "cannot access local variable 'x' where it is not associated with a
// value". A flow analysis of each function body finds the reads that may
// run before any assignment to their variable: after an if that assigns
// it in one branch, after a loop that may not run, in a loop before the
// assignment of the same iteration, in an except clause.
//
// Such a read raises in Go too: the variable gets a flag that every
// statement binding it sets (Info.BoundFlags), and the read checks the
// flag (Info.Unbound, rt.CheckBound). A variable whose reads may see a
// value of an earlier iteration also lives outside the loop in Go
// (Info.Carried), where Python keeps it.
//
// The bindings followed are those of assignments (plain, annotated,
// augmented, unpacking, :=), for targets and with ... as targets. Inside
// a comprehension an outer local is a free variable (NameError "cannot
// access free variable"). A variable used by a nested function is
// carried; it gets a flag when a nested function that reads it is
// created where the variable may still be unassigned (a def above the
// assignment): the nested function's reads check the flag (NameError
// "cannot access free variable"), and so do the enclosing function's
// own reads that may come first, since a nonlocal assignment in the
// nested function sets the flag too.

// state is the set of locals surely assigned at a point of the body; a
// dead state is a point no path reaches (after return, raise, break).
type state struct {
	dead bool
	set  map[*Var]bool
}

func (s state) copy() state {
	if s.dead {
		return s
	}
	m := make(map[*Var]bool, len(s.set))
	for v := range s.set {
		m[v] = true
	}
	return state{set: m}
}

// meet is the state where paths with states a and b join: what both
// surely assigned.
func meet(a, b state) state {
	if a.dead {
		return b.copy()
	}
	if b.dead {
		return a.copy()
	}
	m := map[*Var]bool{}
	for v := range a.set {
		if b.set[v] {
			m[v] = true
		}
	}
	return state{set: m}
}

func (s state) equal(t state) bool {
	if s.dead || t.dead {
		return s.dead == t.dead
	}
	if len(s.set) != len(t.set) {
		return false
	}
	for v := range s.set {
		if !t.set[v] {
			return false
		}
	}
	return true
}

// flow walks one function body.
type flow struct {
	info    *Info
	tracked map[*Var]bool      // the locals of the function
	maybe   map[*ast.Name]bool // reads that may find their variable unassigned
	free    map[*ast.Name]bool // those of them inside a comprehension
	inComp  int                // comprehensions around the expression
	loops   []*loopExits
	// seen holds the names of tracked variables the walk met in the body
	// itself; early the variables that a nested function created before
	// their assignment reads.
	seen  map[*ast.Name]bool
	early map[*Var]bool
	// inFuncs holds, in module code, the globals that functions use: a
	// call that may run one of them before the global is assigned makes
	// it early too.
	inFuncs map[*Var]bool
}

// loopExits collects the states at the breaks and continues of a loop.
type loopExits struct {
	breaks, conts []state
}

// unboundReads runs the analysis over every function and records its
// findings in Info; it reports whether it found reads to check.
func (c *checker) unboundReads() bool {
	found := c.unboundReadsOf(c.info.Module, c.moduleBody)
	for _, f := range c.info.FuncSeq {
		if f.Def == nil || f.Lambda != nil {
			continue
		}
		if c.unboundReadsOf(f, f.Def.Body) {
			found = true
		}
	}
	return found
}

// unboundReadsOf analyses the body of f. At module level the variables
// followed are those no function uses (NameError "name 'x' is not
// defined"): a function may assign the others.
func (c *checker) unboundReadsOf(f *Func, body []ast.Stmt) bool {
	fl := &flow{info: c.info, tracked: map[*Var]bool{}, maybe: map[*ast.Name]bool{}, free: map[*ast.Name]bool{},
		seen: map[*ast.Name]bool{}, early: map[*Var]bool{}, inFuncs: map[*Var]bool{}}
	for _, v := range f.Locals {
		if v.Func != f || c.info.Deleted[v] {
			continue
		}
		switch {
		case v.Kind == Local || f.IsModule() && v.Kind == Global && !v.UsedInFunc:
			fl.tracked[v] = true
		case f.IsModule() && v.Kind == Global && !c.opts.REPL:
			// A function may assign it too: its assignments set the
			// flag as well.
			fl.tracked[v] = true
			fl.inFuncs[v] = true
		}
	}
	if len(fl.tracked) == 0 {
		return false
	}
	entry := state{set: map[*Var]bool{}}
	fl.stmts(body, entry)
	if len(fl.maybe) == 0 && len(fl.early) == 0 {
		return false
	}
	if c.info.Unbound == nil {
		c.info.Unbound, c.info.BoundFlags, c.info.Carried = map[*ast.Name]bool{}, map[*Var]bool{}, map[*Var]bool{}
		c.info.FreeReads = map[*ast.Name]bool{}
	}
	found := false
	if len(fl.early) > 0 {
		// Every read in a nested function checks the flag.
		for n, u := range c.info.Uses {
			if fl.early[u] && !fl.seen[n] {
				c.info.Unbound[n] = true
				if !f.IsModule() {
					c.info.FreeReads[n] = true
				}
			}
		}
		for v := range fl.early {
			c.info.Carried[v] = true
			c.info.BoundFlags[v] = true
		}
		found = true
	}
	captured := map[*Var]bool{}
	for _, g := range c.info.FuncSeq {
		for _, v := range g.Captures {
			captured[v] = true
		}
	}
	for n := range fl.maybe {
		v := c.info.Uses[n]
		c.info.Carried[v] = true
		if captured[v] && !fl.early[v] {
			continue
		}
		c.info.Unbound[n] = true
		if fl.free[n] && !f.IsModule() {
			c.info.FreeReads[n] = true
		}
		c.info.BoundFlags[v] = true
		found = true
	}
	return found
}

func (fl *flow) stmts(body []ast.Stmt, st state) state {
	for _, s := range body {
		if st.dead {
			return st // the rest never runs
		}
		st = fl.stmt(s, st)
	}
	return st
}

func (fl *flow) stmt(s ast.Stmt, st state) state {
	switch s := s.(type) {
	case *ast.ExprStmt:
		fl.expr(s.Value, &st)
	case *ast.Assign:
		fl.expr(s.Value, &st)
		for _, t := range s.Targets {
			fl.target(t, &st)
		}
	case *ast.AnnAssign:
		if s.Value != nil {
			fl.expr(s.Value, &st)
			fl.target(s.Target, &st)
		}
	case *ast.AugAssign:
		fl.expr(s.Target, &st) // read first
		fl.expr(s.Value, &st)
		fl.target(s.Target, &st)
	case *ast.Return:
		fl.expr(s.Value, &st)
		return state{dead: true}
	case *ast.Raise:
		fl.expr(s.Exc, &st)
		fl.expr(s.Cause, &st)
		return state{dead: true}
	case *ast.Assert:
		fl.expr(s.Test, &st)
		fl.expr(s.Msg, &st)
	case *ast.Delete:
		for _, t := range s.Targets {
			if _, ok := t.(*ast.Name); !ok {
				fl.expr(t, &st)
			}
		}
	case *ast.If:
		fl.expr(s.Test, &st)
		then := fl.stmts(s.Body, st.copy())
		els := fl.stmts(s.OrElse, st.copy())
		return meet(then, els)
	case *ast.While:
		return fl.loop(st, func(in *state) {
			fl.expr(s.Test, in)
		}, nil, s.Body, s.OrElse, isTrue(s.Test))
	case *ast.For:
		fl.expr(s.Iter, &st)
		return fl.loop(st, nil, func(in *state) {
			fl.target(s.Target, in)
		}, s.Body, s.OrElse, false)
	case *ast.With:
		for _, it := range s.Items {
			fl.expr(it.ContextExpr, &st)
			if it.OptionalVars != nil {
				fl.target(it.OptionalVars, &st)
			}
		}
		before := st.copy()
		out := fl.stmts(s.Body, st)
		for _, it := range s.Items {
			if t := fl.info.TypeOf(it.ContextExpr); t.Kind == Instance || t.Kind == Dynamic {
				// __exit__ may swallow an exception of the body
				out = meet(out, before)
			}
		}
		return out
	case *ast.Try:
		return fl.try(s, st)
	case *ast.Break:
		if n := len(fl.loops); n > 0 {
			fl.loops[n-1].breaks = append(fl.loops[n-1].breaks, st.copy())
		}
		return state{dead: true}
	case *ast.Continue:
		if n := len(fl.loops); n > 0 {
			fl.loops[n-1].conts = append(fl.loops[n-1].conts, st.copy())
		}
		return state{dead: true}
	case *ast.FunctionDef:
		for _, d := range s.Args.Defaults {
			fl.expr(d, &st)
		}
		for _, d := range s.Args.KwDefaults {
			fl.expr(d, &st)
		}
		fl.created(fl.info.Funcs[s], st)
	}
	return st
}

// created notes the variables that fn, a nested function created where
// the state is st, or a function nested in it, reads while they may be
// unassigned.
func (fl *flow) created(fn *Func, st state) {
	if fn == nil || st.dead || fn.Parent == nil || fn.Parent.IsModule() {
		return // what a module-level function uses of the module is no capture
	}
	for _, g := range fl.info.FuncSeq {
		inside := false
		for p := g; p != nil; p = p.Parent {
			if p == fn {
				inside = true
				break
			}
		}
		if !inside {
			continue
		}
		for _, v := range g.Captures {
			if fl.tracked[v] && !st.set[v] {
				fl.early[v] = true
			}
		}
	}
}

// loop walks a while loop (test) or a for loop (bind) until the state at
// its head settles: what the first iteration and the later ones share.
// forever marks "while True", left only by break.
func (fl *flow) loop(st state, test, bind func(*state), body, orElse []ast.Stmt, forever bool) state {
	in := st.copy()
	var exits *loopExits
	for {
		head := in.copy()
		if test != nil {
			test(&head)
		}
		entry := head.copy()
		if bind != nil {
			bind(&entry)
		}
		exits = &loopExits{}
		fl.loops = append(fl.loops, exits)
		out := fl.stmts(body, entry)
		fl.loops = fl.loops[:len(fl.loops)-1]
		next := meet(in, out)
		for _, c := range exits.conts {
			next = meet(next, c)
		}
		if next.equal(in) {
			in = head
			break
		}
		in = next
	}
	after := in
	if forever {
		after = state{dead: true}
	}
	after = fl.stmts(orElse, after)
	for _, b := range exits.breaks {
		after = meet(after, b)
	}
	return after
}

// try walks try/except/else/finally. An exception may leave the body at
// any point: an except clause starts with what was assigned before the
// try, and so does the finally clause.
func (fl *flow) try(s *ast.Try, st state) state {
	before := st.copy()
	out := fl.stmts(s.Body, st.copy())
	out = fl.stmts(s.OrElse, out)
	for _, h := range s.Handlers {
		hs := before.copy()
		fl.expr(h.Type, &hs)
		out = meet(out, fl.stmts(h.Body, hs))
	}
	if len(s.FinalBody) == 0 {
		return out
	}
	fin := fl.stmts(s.FinalBody, meet(before, out))
	if out.dead || fin.dead {
		return state{dead: true}
	}
	for v := range fin.set {
		out.set[v] = true
	}
	return out
}

// target binds the names of an assignment target, after reading the
// values its subscripts and attributes need.
func (fl *flow) target(t ast.Expr, st *state) {
	switch t := t.(type) {
	case *ast.Name:
		if v := fl.info.Uses[t]; fl.tracked[v] && !st.dead {
			fl.seen[t] = true
			st.set[v] = true
		}
	case *ast.Tuple:
		for _, x := range t.Elts {
			fl.target(x, st)
		}
	case *ast.List:
		for _, x := range t.Elts {
			fl.target(x, st)
		}
	case *ast.Starred:
		fl.target(t.Value, st)
	default:
		fl.expr(t, st)
	}
}

// expr notes the reads of e; a := binds after its value.
func (fl *flow) expr(e ast.Expr, st *state) {
	if e == nil || st.dead {
		return
	}
	inspectExpr(e, func(x ast.Expr) bool {
		switch x := x.(type) {
		case *ast.Name:
			if v := fl.info.Uses[x]; fl.tracked[v] {
				fl.seen[x] = true
			}
			if v := fl.info.Uses[x]; fl.tracked[v] && !st.set[v] {
				fl.maybe[x] = true
				if fl.inComp > 0 {
					fl.free[x] = true
				}
			}
		case *ast.NamedExpr:
			fl.expr(x.Value, st)
			if v := fl.info.Uses[x.Target]; fl.tracked[v] {
				fl.seen[x.Target] = true
				st.set[v] = true
			}
			return false
		case *ast.ListComp, *ast.SetComp, *ast.DictComp:
			// The first iterable is evaluated here, the rest in the
			// comprehension's own scope, where an outer local is a free
			// variable.
			gens := ast.Clauses(x)
			if len(gens) == 0 {
				return true
			}
			fl.expr(gens[0].Iter, st)
			fl.inComp++
			for i, c := range gens {
				if i > 0 {
					fl.expr(c.Iter, st)
				}
				for _, t := range c.Ifs {
					fl.expr(t, st)
				}
			}
			switch x := x.(type) {
			case *ast.ListComp:
				fl.expr(x.Elt, st)
			case *ast.SetComp:
				fl.expr(x.Elt, st)
			case *ast.DictComp:
				fl.expr(x.Key, st)
				fl.expr(x.Value, st)
			}
			fl.inComp--
			return false
		case *ast.Call:
			if len(fl.inFuncs) > 0 && fl.mayRunFunc(x) {
				for v := range fl.inFuncs {
					if !st.set[v] {
						fl.early[v] = true
					}
				}
			}
		case *ast.Lambda:
			// The body runs when the lambda is called.
			for _, d := range x.Args.Defaults {
				fl.expr(d, st)
			}
			for _, d := range x.Args.KwDefaults {
				fl.expr(d, st)
			}
			fl.created(fl.info.Lambdas[x], *st)
			return false
		case *ast.GeneratorExp:
			// Only the first iterable is evaluated now.
			if len(x.Generators) > 0 {
				fl.expr(x.Generators[0].Iter, st)
			}
			return false
		}
		return true
	})
}

// mayRunFunc reports whether the call, in module code, may run a
// function of the program: anything but a built-in function or a method
// of a built-in value called with plain values (numbers, strings and
// containers of them, which have no __str__ or key function to run).
func (fl *flow) mayRunFunc(call *ast.Call) bool {
	switch f := call.Func.(type) {
	case *ast.Name:
		if v := fl.info.Uses[f]; v == nil || v.Kind != Builtin {
			return true
		}
	case *ast.Attribute:
		// A function of a module (time.monotonic, os.getenv) runs code of
		// the program only through its arguments.
		if t := fl.info.TypeOf(f.Value); t.Kind != Module && !plainValue(t) {
			return true
		}
	default:
		return true
	}
	for _, a := range call.Args {
		if !plainValue(fl.info.TypeOf(a)) {
			return true
		}
	}
	for _, k := range call.Keywords {
		if !plainValue(fl.info.TypeOf(k.Value)) {
			return true
		}
	}
	return false
}

// plainValue reports whether a value of type t runs no code of the
// program when printed, compared or iterated, or passed to a function.
func plainValue(t *Type) bool {
	if t == nil {
		return false
	}
	switch t.Kind {
	case Int, Float, Str, Bool, None, Bytes, Range, DateTime, TimeDelta, Stream:
		return true
	case List, Set, TupleOf:
		return plainValue(t.Elem)
	case Dict:
		return plainValue(t.Key) && plainValue(t.Elem)
	case Tuple:
		for _, e := range t.Elems {
			if !plainValue(e) {
				return false
			}
		}
		return true
	}
	return false
}

// isTrue reports whether a loop test is the constant True (or a
// non-zero number).
func isTrue(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	if !ok {
		return false
	}
	switch k.Kind {
	case ast.ConstBool:
		return k.Value == true
	case ast.ConstInt:
		return k.Value != "0"
	}
	return false
}
