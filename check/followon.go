package check

import "github.com/pyasync2go/pyasync2go/ast"

// followOn holds what keeps follow-on diagnostics quiet: CPython reports
// the real error of a program, not what a translator cannot infer because
// of it.
type followOn struct {
	// erred holds the functions with an error in their body or at one of
	// their call sites; their inference diagnostics are not reported.
	erred map[*Func]bool
	// gens holds the generator functions; yields their yield positions,
	// reported in finish unless a .send() on a generator was reported.
	gens   map[*Func]bool
	yields []ast.Pos
	sent   bool
}

func (c *checker) followOn() *followOn {
	if c.follow == nil {
		c.follow = &followOn{erred: map[*Func]bool{}, gens: map[*Func]bool{}}
	}
	return c.follow
}

// markErred records that f and the functions around it already have an
// error reported.
func (c *checker) markErred(f *Func) {
	for ; f != nil && !f.IsModule(); f = f.Parent {
		c.followOn().erred[f] = true
	}
}

func (c *checker) erred(f *Func) bool {
	return c.follow != nil && c.follow.erred[f]
}

// unsupportedYield records a yield in the current function; it is
// reported in finish.
func (c *checker) unsupportedYield(pos ast.Pos) {
	fo := c.followOn()
	fo.gens[c.fn] = true
	if !c.report {
		return
	}
	c.markErred(c.fn)
	for _, p := range fo.yields {
		if p == pos {
			return
		}
	}
	fo.yields = append(fo.yields, pos)
}

// generatorMethod reports send, throw and close on the result of a
// generator function, reporting true when the module has one.
func (c *checker) generatorMethod(pos ast.Pos, attr string) bool {
	if c.follow == nil || len(c.follow.gens) == 0 {
		return false
	}
	switch attr {
	case "send", "throw", "close":
	default:
		return false
	}
	c.follow.sent = true
	c.errorf(pos, "unsupported: generator .%s()", attr)
	return true
}

// reportYields reports the yields unless a generator method already names
// the unsupported construct.
func (c *checker) reportYields() {
	if c.follow == nil || c.follow.sent {
		return
	}
	for _, p := range c.follow.yields {
		c.unsupported(p, "yield")
	}
}
