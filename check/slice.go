package check

import "github.com/pyasync2go/pyasync2go/ast"

// sliceBounds types the bounds of a slice: ints (or None, omitted).
func (c *checker) sliceBounds(sl *ast.Slice) {
	for _, b := range []ast.Expr{sl.Lower, sl.Upper, sl.Step} {
		if b != nil {
			if bt := c.expr(b); bt.Kind != Int && bt.Kind != Unknown && bt.Kind != Bool {
				c.errorf(b.Position(), "slice indices must be integers or None or have an __index__ method")
			}
		}
	}
}

// assignSlice types "xs[a:b] = items" and "xs[a:b:c] = items" on a list
// variable: items is a list of the same item type (an extended slice
// checks the length at run time).
func (c *checker) assignSlice(e *ast.Subscript, sl *ast.Slice, t *Type) {
	ct := c.expr(e.Value)
	c.sliceBounds(sl)
	switch {
	case ct.Kind == Unknown || t.Kind == Unknown:
		return
	case ct.Kind != List:
		c.errorf(e.Pos, "unsupported: assignment to a slice of %s", ct)
		return
	case t.Kind != List:
		c.errorf(e.Pos, "unsupported: assigning %s to a slice (assign a list)", t)
		return
	case !assignableExpr(c.info, e.Value):
		c.errorf(e.Pos, "unsupported: assignment to a slice of a list that is not a variable")
		return
	}
	c.sharedIfParam(e.Value)
	c.refine(e.Value, listOf(t.Elem))
	c.info.Types[e] = ct
	if sl.Step != nil {
		c.markRaises(e)
	}
}

// delSlice types "del xs[a:b]" and "del xs[a:b:c]" on a list variable.
func (c *checker) delSlice(s *ast.Delete, e *ast.Subscript, sl *ast.Slice) {
	ct := c.expr(e.Value)
	c.sliceBounds(sl)
	switch {
	case ct.Kind == Unknown:
		return
	case ct.Kind != List:
		c.unsupported(s.Pos, "del-other")
		return
	case !assignableExpr(c.info, e.Value):
		c.errorf(e.Pos, "unsupported: del of a slice of a list that is not a variable")
		return
	}
	c.sharedIfParam(e.Value)
	c.info.Types[e] = ct
	if sl.Step != nil {
		c.markRaises(e)
	}
}

// assignableExpr reports whether e is a variable or a field path (x, x.a)
// that Go can assign.
func assignableExpr(info *Info, e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name:
		return true
	case *ast.Attribute:
		t := info.TypeOf(x.Value)
		return t.Kind == Instance && t.Class.Field(x.Attr) != nil && assignableExpr(info, x.Value)
	}
	return false
}

// delName types "del name" of a variable of the function (or of module
// code): later reads check that it is bound. A name assigned again after
// the del, or deleted in a loop, is not supported.
func (c *checker) delName(s *ast.Delete, n *ast.Name) {
	v := c.lookup(n)
	if v == nil {
		return
	}
	if v.Func != c.fn || (v.Kind != Local && v.Kind != Global) || (v.Kind == Global && v.UsedInFunc) || c.loopDepth > 0 {
		c.unsupported(s.Pos, "del-other")
		return
	}
	var body []ast.Stmt
	if c.fn.Def != nil {
		body = c.fn.Def.Body
	} else {
		body = c.moduleBody
	}
	assignedAfter := false
	walkStmts(body, func(st ast.Stmt) {
		if !after(st.Position(), s.Pos) {
			return
		}
		for _, e := range assignedNames(st) {
			if e == n.ID {
				assignedAfter = true
			}
		}
	})
	if assignedAfter {
		c.errorf(s.Pos, "unsupported: del of a name that is assigned again later")
		return
	}
	if !c.info.Deleted[v] {
		c.info.Deleted[v] = true
		c.changed = true
	}
	v.Reads++ // Go reads the variable's flag
	v.Dels++
	c.fnRaises()
}

func after(p, q ast.Pos) bool {
	return p.Line > q.Line || (p.Line == q.Line && p.Col > q.Col)
}

// assignedNames lists the names a statement binds directly.
func assignedNames(s ast.Stmt) []string {
	var out []string
	eachTarget(s, func(n *ast.Name) { out = append(out, n.ID) })
	for _, e := range stmtExprs(s) {
		inspectExpr(e, func(x ast.Expr) bool {
			if ne, ok := x.(*ast.NamedExpr); ok {
				out = append(out, ne.Target.ID)
			}
			return true
		})
	}
	return out
}

// sharedItem makes the items of a list shared when one of them is changed
// in place through the list (rows[0].append(x)): every holder of the item
// sees the change.
func (c *checker) sharedItem(e ast.Expr, t *Type) {
	if call, ok := e.(*ast.Call); ok && t.Kind == List {
		// d.setdefault(k, []).append(v) changes the list in the dict.
		if a, ok := call.Func.(*ast.Attribute); ok && a.Attr == "setdefault" {
			if dt := c.info.TypeOf(a.Value); dt.Kind == Dict {
				c.refine(a.Value, dictOf(dt.Key, shared(t)))
			}
		}
		return
	}
	sub, ok := e.(*ast.Subscript)
	if !ok || t.Kind != List {
		return
	}
	if _, isSlice := sub.Slice.(*ast.Slice); isSlice {
		return
	}
	if ct := c.info.TypeOf(sub.Value); ct.Kind == List {
		c.refine(sub.Value, listOf(shared(t)))
	}
}

// dictUpdateKeywords types d.update(key=value, ...) on a dict with str keys.
func (c *checker) dictUpdateKeywords(fn *ast.Attribute, e *ast.Call) *Type {
	var v *Type
	for _, k := range e.Keywords {
		if k.Arg == "" {
			c.unsupported(k.Pos, "kwargs-unpack")
			continue
		}
		v = join(v, c.expr(k.Value))
	}
	c.refine(fn.Value, dictOf(tStr, orUnknown(v)))
	return tNone
}

// dictCall types dict(key=value, ...) and dict(pairs) where pairs is a
// list of 2-tuples (zip(keys, values) for example); ok is false for dict().
func (c *checker) dictCall(e *ast.Call, ts []*Type) (*Type, bool) {
	if len(e.Args) == 0 && len(e.Keywords) == 0 {
		return nil, false
	}
	if len(e.Args) > 1 {
		c.errorf(e.Pos, "dict expected at most 1 argument, got %d", len(e.Args))
		return tUnknown, true
	}
	var k, v *Type
	if len(e.Args) == 1 {
		t := ts[0]
		switch {
		case t.Kind == Unknown:
			return tUnknown, true
		case t.Kind == Dict:
			k, v = t.Key, t.Elem
		case t.Kind == List && t.Elem.Kind == Tuple && len(t.Elem.Elems) == 2:
			k, v = t.Elem.Elems[0], t.Elem.Elems[1]
		default:
			c.errorf(e.Pos, "unsupported: dict() of %s", t)
			return tUnknown, true
		}
	}
	for _, kw := range e.Keywords {
		if kw.Arg == "" {
			c.unsupported(kw.Pos, "kwargs-unpack")
			continue
		}
		k = join(k, tStr)
		v = join(v, c.expr(kw.Value))
	}
	return c.dictType(e.Pos, orUnknown(k), orUnknown(v)), true
}

// floatMethod types float.is_integer() and float.as_integer_ratio().
func (c *checker) floatMethod(recv *Type, attr string, e *ast.Call) (*Type, bool) {
	if recv.Kind != Float {
		return nil, false
	}
	switch attr {
	case "is_integer":
		c.wantArgs(e, attr, 0, 0)
		return tBool, true
	case "as_integer_ratio":
		c.wantArgs(e, attr, 0, 0)
		c.markRaises(e) // OverflowError for inf, ValueError for nan
		return &Type{Kind: Tuple, Elems: []*Type{tInt, tInt}}, true
	}
	return nil, false
}

// eachTarget calls fn for every name an assignment, for or with statement
// binds, nested and starred targets included.
func eachTarget(s ast.Stmt, fn func(*ast.Name)) {
	var target func(e ast.Expr)
	target = func(e ast.Expr) {
		switch e := e.(type) {
		case *ast.Name:
			fn(e)
		case *ast.Tuple:
			for _, x := range e.Elts {
				target(x)
			}
		case *ast.List:
			for _, x := range e.Elts {
				target(x)
			}
		case *ast.Starred:
			target(e.Value)
		}
	}
	switch s := s.(type) {
	case *ast.Assign:
		for _, t := range s.Targets {
			target(t)
		}
	case *ast.AugAssign:
		target(s.Target)
	case *ast.AnnAssign:
		target(s.Target)
	case *ast.For:
		target(s.Target)
	case *ast.With:
		for _, it := range s.Items {
			if it.OptionalVars != nil {
				target(it.OptionalVars)
			}
		}
	}
}
