package repl

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// Each input of a session is a Go package holding the whole session so
// far: all its functions, classes and variables, and the input's own
// statements as Run. The linker turns that package into one that shares
// the session's state with the packages of earlier inputs, which stay
// loaded in the same process:
//
//   - every package-level name, method and field becomes exported
//     (prefixed "Py_"), so that later packages can refer to it;
//   - a declaration an earlier package holds already, unchanged and
//     depending only on declarations that are unchanged too, is dropped,
//     and its uses refer to the earlier package: a variable keeps living
//     where its first input put it, a class keeps its Go type, so that
//     objects made by earlier inputs stay what later inputs expect;
//   - a function or class that changed is declared anew (a function
//     holds no state: calling the new one is what Python does);
//   - a variable whose type changed is declared anew only when the input
//     binds it again; otherwise the input is refused (a conflict), as
//     earlier inputs' values could not be kept.

// exportPrefix starts the Go name of every session declaration.
const exportPrefix = "Py_"

// homed is a declaration of the session as the package of an earlier
// input holds it.
type homed struct {
	pkg  string // package name (the last element of its import path)
	kind string // "var", "type" or "func"
	text string // the declaration, printed without comments
}

// linker links the packages of one session.
type linker struct {
	imp  types.Importer
	base string            // import path of the session: packages are base/cN
	home map[string]*homed // by exported Go name
}

func newLinker(imp types.Importer, base string) *linker {
	return &linker{imp: imp, base: base, home: map[string]*homed{}}
}

// conflict is a variable of an earlier input that the input would need
// with another type.
type conflict struct {
	goName string
	py     string // the Python name
}

// linked is the linked package of one input.
type linked struct {
	src       []byte
	declared  map[string]*homed // the declarations this package adds or replaces
	conflicts []conflict
}

// unit is one package-level declaration: a variable, a type with its
// methods, or a function.
type unit struct {
	name  string // exported Go name
	kind  string
	objs  []types.Object
	nodes []ast.Node // the specs or declarations to drop when reused
	text  string
	deps  map[*unit]bool
}

// link links the package pkg of an input, given its Go source. rebinds
// reports whether the input assigns the Python module-level name before
// reading it, so that a variable whose type changed may start anew.
func (l *linker) link(pkg string, src []byte, rebinds func(py string) bool) (*linked, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, pkg+".go", src, parser.ParseComments)
	if err != nil {
		return nil, fmt.Errorf("internal error: the generated Go does not parse: %v", err)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: l.imp}
	tpkg, err := conf.Check(l.base+"/"+pkg, fset, []*ast.File{file}, info)
	if err != nil {
		return nil, fmt.Errorf("internal error: the generated Go does not type-check: %v", err)
	}
	idents := map[*ast.Ident]types.Object{}
	for id, obj := range info.Defs {
		if obj != nil {
			idents[id] = obj
		}
	}
	for id, obj := range info.Uses {
		idents[id] = obj
	}
	for id, obj := range idents {
		if exportable(tpkg, obj) {
			id.Name = exportPrefix + obj.Name()
		}
	}

	units, byObj := collectUnits(file, info, tpkg)
	for _, u := range units {
		u.deps = map[*unit]bool{}
		for _, n := range u.nodes {
			ast.Inspect(n, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					if d := byObj[idents[id]]; d != nil && d != u {
						u.deps[d] = true
					}
				}
				return true
			})
		}
	}

	// The declarations reused from earlier packages: unchanged, and all
	// they depend on reused too (the greatest such set).
	reused := map[*unit]bool{}
	for _, u := range units {
		if h := l.home[u.name]; h != nil && h.kind == u.kind && h.text == u.text {
			reused[u] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for u := range reused {
			for d := range u.deps {
				if !reused[d] {
					delete(reused, u)
					changed = true
					break
				}
			}
		}
	}

	out := &linked{declared: map[string]*homed{}}
	for _, u := range units {
		if reused[u] {
			continue
		}
		if h := l.home[u.name]; h != nil && u.kind == "var" && h.kind == "var" {
			py := strings.TrimPrefix(u.name, exportPrefix)
			if !rebinds(py) {
				out.conflicts = append(out.conflicts, conflict{goName: u.name, py: py})
				continue
			}
		}
		out.declared[u.name] = &homed{pkg: pkg, kind: u.kind, text: u.text}
	}
	if len(out.conflicts) > 0 {
		return out, nil
	}

	// Uses of reused declarations name the package that holds them. The
	// identifier takes the qualified name as it is: the package is not
	// type-checked again, only printed.
	drop := map[ast.Node]bool{}
	for u := range reused {
		for _, n := range u.nodes {
			drop[n] = true
		}
	}
	dropNodes(file, drop)
	imports := map[string]bool{}
	for id, obj := range idents {
		u := byObj[obj]
		if u == nil || !reused[u] || obj.Parent() != tpkg.Scope() {
			continue
		}
		h := l.home[u.name]
		id.Name = h.pkg + "." + id.Name
		imports[h.pkg] = true
	}
	fixImports(file, l.base, imports)

	var b bytes.Buffer
	if err := format.Node(&b, fset, file); err != nil {
		return nil, fmt.Errorf("internal error: printing the linked Go: %v", err)
	}
	out.src = b.Bytes()
	return out, nil
}

// exportable reports whether obj is a declaration of the package to
// export: a package-level name, a method or a field, not yet exported.
func exportable(pkg *types.Package, obj types.Object) bool {
	if obj.Pkg() != pkg || obj.Exported() || obj.Name() == "_" {
		return false
	}
	switch o := obj.(type) {
	case *types.Var:
		if o.IsField() {
			return true
		}
	case *types.Func:
		if o.Type().(*types.Signature).Recv() != nil {
			return true
		}
		if o.Name() == "init" {
			return false
		}
	}
	return obj.Parent() == pkg.Scope()
}

// collectUnits returns the package-level declarations of file other than
// Run and Async, and the unit declaring each package-level object.
func collectUnits(file *ast.File, info *types.Info, pkg *types.Package) ([]*unit, map[types.Object]*unit) {
	var units []*unit
	byObj := map[types.Object]*unit{}
	typeUnits := map[string]*unit{}
	add := func(u *unit) {
		units = append(units, u)
		for _, o := range u.objs {
			byObj[o] = u
		}
	}
	for _, d := range file.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.ValueSpec:
					u := &unit{kind: "var", nodes: []ast.Node{s}, text: "var " + printed(s)}
					if d.Tok == token.CONST {
						u.kind, u.text = "func", "const "+printed(s)
					}
					for _, n := range s.Names {
						if o := info.Defs[n]; o != nil {
							u.objs = append(u.objs, o)
						}
					}
					if len(u.objs) == 0 || u.objs[0].Name() == "Async" {
						continue
					}
					u.name = u.objs[0].Name()
					add(u)
				case *ast.TypeSpec:
					u := &unit{kind: "type", nodes: []ast.Node{s}, objs: []types.Object{info.Defs[s.Name]}, name: s.Name.Name}
					typeUnits[s.Name.Name] = u
					add(u)
				}
			}
		case *ast.FuncDecl:
			if d.Recv != nil {
				continue
			}
			o := info.Defs[d.Name]
			if o.Name() == "Run" || o.Name() == "init" {
				continue
			}
			add(&unit{kind: "func", name: d.Name.Name, objs: []types.Object{o}, nodes: []ast.Node{d}})
		}
	}
	// Methods go with their type; the text of a type is its spec and its
	// methods in name order.
	methods := map[*unit][]*ast.FuncDecl{}
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil {
			u := typeUnits[recvTypeName(fd)]
			if u == nil {
				continue
			}
			u.nodes = append(u.nodes, fd)
			methods[u] = append(methods[u], fd)
			if o := info.Defs[fd.Name]; o != nil {
				u.objs = append(u.objs, o)
				byObj[o] = u
			}
		}
	}
	for _, u := range units {
		switch u.kind {
		case "type":
			var b strings.Builder
			b.WriteString("type " + printed(u.nodes[0]))
			ms := methods[u]
			sort.Slice(ms, func(i, j int) bool { return ms[i].Name.Name < ms[j].Name.Name })
			for _, m := range ms {
				b.WriteString("\n" + printed(m))
			}
			u.text = b.String()
		case "func":
			if u.text == "" {
				u.text = printed(u.nodes[0])
			}
		}
	}
	_ = pkg
	return units, byObj
}

// recvTypeName is the name of the type of a method's receiver.
func recvTypeName(fd *ast.FuncDecl) string {
	t := fd.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if ix, ok := t.(*ast.IndexExpr); ok {
		t = ix.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// printed is node as Go source without comments: what decides whether a
// declaration changed.
func printed(node ast.Node) string {
	if fd, ok := node.(*ast.FuncDecl); ok {
		c := *fd
		c.Doc = nil
		node = &c
	}
	var b bytes.Buffer
	printer.Fprint(&b, token.NewFileSet(), node)
	return b.String()
}

// dropNodes removes the given specs and declarations from file, with
// the comments inside them or right above them (a declaration's //line
// directive, its doc comment).
func dropNodes(file *ast.File, drop map[ast.Node]bool) {
	type span struct{ from, to token.Pos }
	var gone []span
	cut := func(doc *ast.CommentGroup, n ast.Node) {
		from := n.Pos()
		if doc != nil {
			from = doc.Pos()
		}
		gone = append(gone, span{from, n.End()})
	}
	var decls []ast.Decl
	for _, d := range file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if drop[d] {
				cut(d.Doc, d)
				continue
			}
		case *ast.GenDecl:
			if d.Tok != token.IMPORT {
				var specs []ast.Spec
				for _, s := range d.Specs {
					if drop[s] {
						cut(nil, s)
					} else {
						specs = append(specs, s)
					}
				}
				if len(specs) == 0 {
					cut(d.Doc, d)
					continue
				}
				d.Specs = specs
			}
		}
		decls = append(decls, d)
	}
	file.Decls = decls
	var comments []*ast.CommentGroup
	for _, cg := range file.Comments {
		keep := true
		for _, g := range gone {
			if cg.Pos() >= g.from && cg.End() <= g.to {
				keep = false
				break
			}
		}
		if keep {
			comments = append(comments, cg)
		}
	}
	file.Comments = comments
}

// fixImports adds the session packages pkgs refers to and removes the
// imports nothing uses any more.
func fixImports(file *ast.File, base string, pkgs map[string]bool) {
	used := map[string]bool{}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if id, ok := n.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		case *ast.Ident:
			if i := strings.IndexByte(n.Name, '.'); i > 0 {
				used[n.Name[:i]] = true
			}
		}
		return true
	})
	var imp *ast.GenDecl
	for _, d := range file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			imp = g
			break
		}
	}
	if imp == nil {
		imp = &ast.GenDecl{Tok: token.IMPORT}
		file.Decls = append([]ast.Decl{imp}, file.Decls...)
	}
	var specs []ast.Spec
	for _, s := range imp.Specs {
		is := s.(*ast.ImportSpec)
		path, _ := strconv.Unquote(is.Path.Value)
		name := path[strings.LastIndex(path, "/")+1:]
		if is.Name != nil {
			name = is.Name.Name
		}
		if used[name] || name == "_" {
			specs = append(specs, s)
		}
	}
	var names []string
	for p := range pkgs {
		if used[p] {
			names = append(names, p)
		}
	}
	sort.Strings(names)
	for _, p := range names {
		specs = append(specs, &ast.ImportSpec{Path: &ast.BasicLit{Kind: token.STRING, Value: strconv.Quote(base + "/" + p)}})
	}
	imp.Specs = specs
	if len(specs) > 1 {
		imp.Lparen = 1
	}
	file.Imports = nil
	for _, s := range specs {
		file.Imports = append(file.Imports, s.(*ast.ImportSpec))
	}
}
