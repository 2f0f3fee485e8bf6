package check

import "github.com/pyasync2go/pyasync2go/ast"

// Different functions that meet in one place (a list of functions, a
// parameter passed several functions, a variable assigned several) form
// a group: they share one signature, so that one Go func type holds any
// of them. Parameters and results of the members are joined, and all of
// them return an error when one can raise.

// FuncGroup is a set of functions used as values of one type.
type FuncGroup struct {
	Funcs []*Func
	// Generic is set on a group of lambdas returning different types
	// that only meets parameter Param of function Owner (see generic.go):
	// each keeps its own result, and a call of Param gives a dynamic
	// value.
	Generic    bool
	Owner      *Func
	Param      *Var
	notGeneric bool
}

// groupable reports whether f can share a Go func type with others: a
// plain function or lambda with positional parameters only.
func groupable(f *Func) bool {
	if f == nil || f.Class != nil || f.VarArg != nil || f.KwArg != nil || f.IsModule() {
		return false
	}
	for _, p := range f.Params {
		if Dropped(f, p) {
			return false
		}
	}
	return true
}

// mergeFuncs puts a and b in one group, reporting false when their
// shapes differ (then a value holding either is dynamic).
func mergeFuncs(a, b *Func) bool {
	if a.Group != nil && a.Group == b.Group {
		return true
	}
	if !groupable(a) || !groupable(b) || len(a.Params) != len(b.Params) || a.Async != b.Async {
		return false
	}
	switch {
	case a.Group == nil && b.Group == nil:
		g := &FuncGroup{Funcs: []*Func{a, b}}
		a.Group, b.Group = g, g
	case a.Group == nil:
		a.Group = b.Group
		b.Group.Funcs = append(b.Group.Funcs, a)
	case b.Group == nil:
		b.Group = a.Group
		a.Group.Funcs = append(a.Group.Funcs, b)
	default:
		g := a.Group
		for _, f := range b.Group.Funcs {
			f.Group = g
			g.Funcs = append(g.Funcs, f)
		}
	}
	return true
}

// sameFunc reports whether two function types are one Go func type.
func sameFunc(a, b *Func) bool {
	return a == b || a != nil && a.Group != nil && a.Group == b.Group
}

// unifyGroups gives the members of each group the join of their
// parameter and result types.
func (c *checker) unifyGroups() {
	seen := map[*FuncGroup]bool{}
	for _, f := range c.info.FuncSeq {
		g := f.Group
		if g == nil || seen[g] {
			continue
		}
		seen[g] = true
		var result *Type
		raises, called := false, false
		for _, m := range g.Funcs {
			result = join(result, m.Result)
			raises = raises || m.MayRaise
			called = called || m.Called
		}
		if c.makeGeneric(g) {
			result = nil // each member keeps its own
		}
		for i := range f.Params {
			var t *Type
			for _, m := range g.Funcs {
				t = join(t, m.Params[i].Type)
			}
			for _, m := range g.Funcs {
				c.setType(&m.Params[i].Type, t)
			}
		}
		for _, m := range g.Funcs {
			if result != nil && !result.Equal(m.Result) {
				c.setType(&m.Result, result)
			}
			if raises && !m.MayRaise {
				m.MayRaise = true
				c.changed = true
			}
			if called && !m.Called {
				m.Called = true
				c.changed = true
			}
		}
	}
}

// FuncNames returns the Python names of the functions a value of f's
// type may hold: one name when they all share it.
func FuncNames(f *Func) []string {
	if f.Group == nil {
		return []string{f.Name}
	}
	var names []string
	same := true
	for _, m := range f.Group.Funcs {
		names = append(names, m.Name)
		same = same && m.Name == f.Name
	}
	if same {
		return names[:1]
	}
	return names
}

// funcNameKnown reports whether the __name__ of a value of f's type is
// known at translation time, or found at run time among module-level
// functions.
func funcNameKnown(f *Func) bool {
	if len(FuncNames(f)) == 1 {
		return true
	}
	for _, m := range f.Group.Funcs {
		if m.Parent != nil || m.Lambda != nil {
			return false
		}
	}
	return true
}

// groupCall reports a call of a value that may hold any function of f's
// group with keywords, spread arguments or fewer arguments than
// parameters: each function names its parameters and defaults its own way.
func (c *checker) groupCall(f *Func, e *ast.Call) {
	if f.Group == nil {
		return
	}
	spread := false
	for _, a := range e.Args {
		if _, ok := a.(*ast.Starred); ok {
			spread = true
		}
	}
	if len(e.Keywords) > 0 || spread || len(e.Args) != len(f.Params) {
		c.unsupported(e.Pos, "func-group-call")
	}
}
