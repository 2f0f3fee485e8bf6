package check

import "github.com/pyasync2go/pyasync2go/ast"

// Options adjusts checking.
type Options struct {
	// REPL checks the inputs of an interactive session, one after the
	// other in one module: await, async for and async with are allowed
	// at module level, a function no call gives parameter types is
	// pending (left out until an input calls it), and every module-level
	// variable lives at package level, where later inputs find it.
	REPL bool
	// Pins are the types that earlier inputs of a session gave to
	// module-level names (keyed by name) and to attributes of classes
	// (keyed "Class.attr"). They start out as the types of those names,
	// so that what earlier inputs settled (an empty list that became a
	// list of dynamic items, say) stays as it was; inference may still
	// widen them, which the session reports.
	Pins map[string]*Type
}

// declareSession prepares the module of a session: its variables live at
// package level, and the pinned ones start with their pinned types.
func (c *checker) declareSession() {
	m := c.info.Module
	m.Async = true
	for _, v := range m.Locals {
		if v.Kind == Global {
			v.UsedInFunc = true
			if c.opts.Pins[v.Name] != nil {
				v.Type = c.pinned(v.Name)
			}
		}
	}
}

// pinned returns the type pinned for key (a module-level name, or
// "Class.attr") in this module's terms, or Unknown.
func (c *checker) pinned(key string) *Type {
	t := c.opts.Pins[key]
	if t == nil {
		return tUnknown
	}
	classes := map[string]*ClassInfo{}
	for _, ci := range c.info.Classes {
		classes[ci.Name] = ci
	}
	funcs := map[string]*Func{}
	for _, f := range c.info.FuncSeq {
		if f.Parent == nil && f.Class == nil && f.Lambda == nil {
			funcs[f.Name] = f
		}
	}
	return rebind(t, classes, funcs)
}

// rebind copies t, taken from the check of an earlier input, with its
// classes and functions replaced by those of this module of the same
// names; a class or function the module no longer has leaves Unknown.
func rebind(t *Type, classes map[string]*ClassInfo, funcs map[string]*Func) *Type {
	if t == nil {
		return nil
	}
	c := *t
	c.Elem = rebind(t.Elem, classes, funcs)
	c.Key = rebind(t.Key, classes, funcs)
	if t.Elems != nil {
		c.Elems = make([]*Type, len(t.Elems))
		for i, e := range t.Elems {
			c.Elems[i] = rebind(e, classes, funcs)
		}
	}
	if t.Class != nil && t.Class.Builtin == "" {
		if c.Class = classes[t.Class.Name]; c.Class == nil {
			return tUnknown
		}
	}
	if t.Fn != nil {
		if c.Fn = funcs[t.Fn.Name]; c.Fn == nil {
			return tUnknown
		}
	}
	return &c
}

// pendingValue reports a function or class left pending (see
// markPending) used as a value: nothing gives it a Go type yet.
func (c *checker) pendingValue(n *ast.Name, v *Var) {
	t := v.Type
	if !c.opts.REPL || !c.report || t == nil {
		return
	}
	switch {
	case t.Kind == Callable && t.Fn != nil && t.Fn.Pending:
		c.errorf(n.Pos, "unsupported in a session: the function '%s' as a value before a call gives its parameters types (call it first)", n.ID)
	case t.Kind == Class && t.Class != nil && t.Class.Pending:
		c.errorf(n.Pos, "unsupported in a session: the class '%s' as a value before an instance is made (make one first)", n.ID)
	}
}

// markPending marks the functions whose parameters no call gave a type,
// the functions nested in them, and the classes whose __init__ is such a
// function with their methods: a session leaves them out until an input
// calls them, since in Python a function does nothing until it is called.
func (c *checker) markPending() {
	for _, f := range c.info.FuncSeq {
		for _, p := range f.Params {
			if p.Type == nil || p.Type.Kind == Unknown {
				f.Pending = true
			}
		}
	}
	for _, ci := range c.info.Classes {
		if ci.Init != nil && ci.Init.Pending {
			ci.Pending = true
		}
	}
	for _, f := range c.info.FuncSeq {
		for p := f.Parent; p != nil && !f.Pending; p = p.Parent {
			f.Pending = p.Pending
		}
		if f.Class != nil && f.Class.Pending {
			f.Pending = true
		}
	}
}
