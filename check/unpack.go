package check

import "github.com/pyasync2go/pyasync2go/ast"

// assignTuple binds a target list "a, (b, c), *rest" to a value of type t.
// A display of the same length pairs up item by item; a tuple unpacks by
// its static items; a list, str, bytes or range checks its length at run
// time. A starred target receives a list.
func (c *checker) assignTuple(target ast.Expr, t *Type, value ast.Expr) {
	elts := exprElts(target)
	star := starIndex(elts)
	if vals := exprElts(value); vals != nil && len(vals) == len(elts) && star < 0 && !hasStarred(vals) {
		for i, x := range elts {
			c.assign(x, c.info.TypeOf(vals[i]), vals[i])
		}
		c.info.Types[target] = t
		return
	}
	if t.Kind == Unknown {
		for _, x := range elts {
			if s, ok := x.(*ast.Starred); ok {
				x = s.Value
			}
			c.assign(x, tUnknown, nil)
		}
		return
	}
	var items []*Type // the static items of a tuple
	var elem *Type    // the item type of a sequence
	switch t.Kind {
	case Tuple:
		items = t.Elems
	case List, TupleOf:
		elem = t.Elem
	case Str:
		elem = tStr
	case Bytes:
		elem = tInt
	case Range:
		elem = tInt
	default:
		c.unsupported(target.Position(), "tuple-unpack")
		return
	}
	if elem != nil {
		c.fnRaises() // ValueError when the length differs
		for _, x := range elts {
			if s, ok := x.(*ast.Starred); ok {
				c.assign(s.Value, listOf(elem), nil)
				continue
			}
			c.assign(x, elem, nil)
		}
		c.info.Types[target] = t
		return
	}
	if star < 0 && len(items) != len(elts) {
		c.errorf(target.Position(), "unsupported: unpacking a tuple of %d items into %d targets", len(items), len(elts))
		return
	}
	if star >= 0 && len(items) < len(elts)-1 {
		c.errorf(target.Position(), "unsupported: unpacking a tuple of %d items into at least %d targets", len(items), len(elts)-1)
		return
	}
	after := len(elts) - 1 - star
	for i, x := range elts {
		switch {
		case star < 0 || i < star:
			c.assign(x, items[i], nil)
		case i == star:
			var et *Type
			for _, it := range items[star : len(items)-after] {
				et = join(et, it)
			}
			c.assign(x.(*ast.Starred).Value, listOf(orUnknown(et)), nil)
		default:
			c.assign(x, items[len(items)-(len(elts)-i)], nil)
		}
	}
	c.info.Types[target] = t
}

// starIndex is the index of the starred target, -1 when there is none.
func starIndex(elts []ast.Expr) int {
	for i, x := range elts {
		if _, ok := x.(*ast.Starred); ok {
			return i
		}
	}
	return -1
}

// augItem types "xs[i] op= v" and "d[k] op= v": the item is read, the
// operation computed and the result stored back.
func (c *checker) augItem(s *ast.AugAssign, sub *ast.Subscript) {
	if _, ok := sub.Slice.(*ast.Slice); ok {
		c.errorf(s.Target.Position(), "unsupported: augmented assignment to a slice")
		return
	}
	if hasCallExpr(sub.Value) || hasCallExpr(sub.Slice) {
		c.errorf(s.Target.Position(), "unsupported: augmented assignment to an item whose container or index calls a function")
		return
	}
	lt := c.expr(sub)
	rt := c.expr(s.Value)
	t := c.binType(c.augOp(s), lt, rt)
	grows := t.Kind == Int && growsInLoop(s.Op) && (c.loopDepth > 0 || outlivesCall(c.info, sub.Value))
	if grows {
		// xs[0] *= k repeated (in a loop, or on a list that outlives the
		// call) is how ints grow beyond 64 bits: the item is an exact
		// dynamic int.
		t = tDynamic
		c.markRaises(c.augOp(s))
	}
	c.info.Types[c.augOp(s)] = t
	if lt.Kind != Unknown && t.Kind != Unknown && !t.Equal(lt) && !(lt.Kind == Int && t.Kind == Float) && !grows {
		c.errorf(s.Target.Position(), "unsupported: augmented assignment that changes the item's type (%s to %s)", lt, t)
		return
	}
	c.assign(sub, t, nil)
}

// outlivesCall reports whether e names a parameter or a module-level
// variable: a container whose items keep their values from call to call.
func outlivesCall(in *Info, e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	if !ok {
		return false
	}
	v := in.Uses[n]
	return v != nil && (v.Kind == Param || v.Kind == Global)
}

// hasCallExpr reports whether e calls something (or awaits).
func hasCallExpr(e ast.Expr) bool {
	found := false
	inspectExpr(e, func(x ast.Expr) bool {
		switch x.(type) {
		case *ast.Call, *ast.Await:
			found = true
		}
		return !found
	})
	return found
}

// aliasList shares the lists of "a = b" when b is a list variable and
// either name is changed in place later (a.append(x), a += y, a[i] = x):
// both names then see one list, an *rt.List in Go.
func (c *checker) aliasList(v *Var, value ast.Expr) {
	n, ok := value.(*ast.Name)
	if !ok || v.Type.Kind != List || v.Type.Shared {
		return
	}
	w := c.info.Uses[n]
	if w == nil || w == v || (w.Kind != Local && w.Kind != Global && w.Kind != Param) {
		return
	}
	m := c.mutatedLists(c.fn)
	if !m[v.Name] && !m[w.Name] {
		return
	}
	c.setVarType(v, shared(v.Type))
	c.setVarType(w, shared(w.Type))
}

// listMutators are the list methods that change the list in place.
var listMutators = map[string]bool{"append": true, "extend": true, "insert": true, "pop": true,
	"remove": true, "clear": true, "sort": true, "reverse": true}

// mutatedLists returns the names that f's body changes in place.
func (c *checker) mutatedLists(f *Func) map[string]bool {
	if m, ok := c.mutated[f]; ok {
		return m
	}
	if c.mutated == nil {
		c.mutated = map[*Func]map[string]bool{}
	}
	m := map[string]bool{}
	c.mutated[f] = m
	var body []ast.Stmt
	if f.Def != nil {
		body = f.Def.Body
	} else if mod := c.moduleBody; mod != nil {
		body = mod
	}
	name := func(e ast.Expr) {
		if n, ok := e.(*ast.Name); ok {
			m[n.ID] = true
		}
	}
	walkStmts(body, func(s ast.Stmt) {
		switch s := s.(type) {
		case *ast.AugAssign:
			name(s.Target)
		case *ast.Assign:
			for _, t := range s.Targets {
				if sub, ok := t.(*ast.Subscript); ok {
					name(sub.Value)
				}
			}
		case *ast.Delete:
			for _, t := range s.Targets {
				if sub, ok := t.(*ast.Subscript); ok {
					name(sub.Value)
				}
			}
		}
		for _, e := range stmtExprs(s) {
			inspectExpr(e, func(x ast.Expr) bool {
				if call, ok := x.(*ast.Call); ok {
					if a, ok := call.Func.(*ast.Attribute); ok && listMutators[a.Attr] {
						name(a.Value)
					}
				}
				return true
			})
		}
	})
	return m
}
