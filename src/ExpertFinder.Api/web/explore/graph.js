// The drawing: Cytoscape with the fCoSE layout, colours by department or community, sizes by a chosen metric.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

// Colour-blind-friendly categorical palette (Okabe-Ito, then Tableau's muted tones); repeats beyond its length.
const palette = ['#0072B2', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000', '#E69F00',
  '#4E79A7', '#59A14F', '#B07AA1', '#9C755F', '#76B7B2', '#EDC948', '#FF9DA7', '#BAB0AC'];
const crossColour = '#E8710A';

const style = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 10,
      'font-family': 'system-ui, sans-serif',
      color: '#1b1b1b',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'min-zoomed-font-size': 7,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#9aa3ad',
      opacity: 0.55,
      'curve-style': 'haystack',
    },
  },
  { selector: 'edge[?cross]', style: { 'line-color': crossColour, opacity: 0.8 } },
  { selector: 'node:selected, node.match', style: { 'border-width': 4, 'border-color': '#1b1b1b', 'z-index': 10 } },
  { selector: '.faded', style: { opacity: 0.12 } },
];

export function createGraph(container) {
  return cytoscape({ container, style, minZoom: 0.1, maxZoom: 4, boxSelectionEnabled: false });
}

/** The key a node is coloured by, and the name the legend shows for it. */
export function colourGroup(node, colourBy) {
  if (colourBy === 'community') return { key: `c${node.community}`, name: `Fællesskab ${node.community + 1}` };
  if (node.departmentKey) return { key: node.departmentKey, name: node.department ?? node.departmentKey };
  // Municipalities have no department; they are their own group.
  return { key: node.municipalityKey ?? node.key, name: node.municipality ?? node.label };
}

/** Legend entries in order of first appearance, each with its colour; equal names get their municipality added. */
export function colourGroups(nodes, colourBy) {
  const groups = new Map();
  for (const node of nodes) {
    const group = colourGroup(node, colourBy);
    if (!groups.has(group.key)) {
      groups.set(group.key, { ...group, municipality: node.municipality, colour: palette[groups.size % palette.length], count: 0 });
    }
    groups.get(group.key).count += 1;
  }
  if (colourBy === 'community') {
    // Communities are numbered from the largest; the legend follows that order, not the order nodes came in.
    const sorted = [...groups.values()].sort((a, b) => Number(a.key.slice(1)) - Number(b.key.slice(1)));
    sorted.forEach((group, index) => { group.colour = palette[index % palette.length]; });
    return new Map(sorted.map((group) => [group.key, group]));
  }
  const names = new Map();
  for (const group of groups.values()) names.set(group.name, (names.get(group.name) ?? 0) + 1);
  for (const group of groups.values()) {
    if (names.get(group.name) > 1 && group.municipality) group.name = `${group.name} (${group.municipality})`;
  }
  return groups;
}

function scale(values, smallest, largest) {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return (value) => (max === min ? (smallest + largest) / 2 : smallest + ((value - min) / (max - min)) * (largest - smallest));
}

/** Replaces the drawn graph and lays it out; resolves when the layout has finished. */
export function draw(cy, graph, { colourBy, sizeBy }) {
  const groups = colourGroups(graph.nodes, colourBy);
  const size = scale(graph.nodes.map((n) => Math.sqrt(n[sizeBy] ?? 0)), 14, 64);
  const width = scale(graph.edges.map((e) => Math.log1p(e.weight)), 1, 9);
  cy.batch(() => {
    cy.elements().remove();
    cy.add(graph.nodes.map((node) => ({
      group: 'nodes',
      data: { ...node, colour: groups.get(colourGroup(node, colourBy).key).colour, size: size(Math.sqrt(node[sizeBy] ?? 0)) },
    })));
    cy.add(graph.edges.map((edge) => ({
      group: 'edges',
      data: { id: `${edge.source}~${edge.target}`, source: edge.source, target: edge.target, weight: edge.weight,
        kinds: edge.kinds, cross: edge.crossDepartment, width: width(Math.log1p(edge.weight)) },
    })));
  });
  if (graph.nodes.length === 0) return Promise.resolve(groups);
  const layout = cy.layout({
    name: 'fcose',
    quality: 'default',
    animate: false,
    randomize: true,
    nodeDimensionsIncludeLabels: true,
    packComponents: true,
    // Ties within a community are short and across communities long, so the clusters show as clusters.
    idealEdgeLength: (edge) => (edge.source().data('community') === edge.target().data('community') ? 60 : 160),
    edgeElasticity: (edge) => (edge.source().data('community') === edge.target().data('community') ? 0.45 : 0.1),
    nodeRepulsion: () => 6500,
  });
  const done = layout.promiseOn('layoutstop');
  layout.run();
  return done.then(() => {
    cy.fit(undefined, 30);
    return groups;
  });
}

/** Recolours and resizes without a new layout, for the colour and size selectors. */
export function restyle(cy, graph, { colourBy, sizeBy }) {
  const groups = colourGroups(graph.nodes, colourBy);
  const size = scale(graph.nodes.map((n) => Math.sqrt(n[sizeBy] ?? 0)), 14, 64);
  cy.batch(() => {
    cy.nodes().forEach((element) => {
      const node = element.data();
      element.data({ colour: groups.get(colourGroup(node, colourBy).key).colour, size: size(Math.sqrt(node[sizeBy] ?? 0)) });
    });
  });
  return groups;
}

/** Highlights a node and its neighbours, centres on it; returns the node or null. */
export function focus(cy, id) {
  const node = cy.getElementById(id);
  cy.elements().removeClass('faded match');
  cy.elements().unselect();
  if (node.empty()) return null;
  const neighbourhood = node.closedNeighborhood();
  cy.elements().not(neighbourhood).addClass('faded');
  node.addClass('match').select();
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
  return node;
}

export function clearFocus(cy) {
  cy.elements().removeClass('faded match');
  cy.elements().unselect();
}
