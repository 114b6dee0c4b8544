package org.unlearn.views.panels;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.Region;
import org.unlearn.views.common.Nodes;
import org.unlearn.views.common.Section;
import org.unlearn.views.forest.TreePanel;
import org.unlearn.views.forest.TreePanelModel;
import org.unlearn.views.forget.ForgetViewModel;
import org.unlearn.views.leaves.LeafTreePanel;
import org.unlearn.views.leaves.LeafTreePanelModel;
import org.unlearn.views.linear.DebtPanel;
import org.unlearn.views.linear.DebtPanelModel;
import org.unlearn.views.shards.ShardMapView;
import org.unlearn.views.shards.ShardMapViewModel;

/**
 * The panels a model's structure gets under the forget request, one per capability: a model with shards
 * and slices gets the shard map, one that can owe a retrain the debt and budget panel, one made of trees
 * the tree panel, one whose rows are dealt to the leaves of a complete tree the tree of leaves. Each shows itself while the current model has the capability, whatever its family: a
 * new family that implements one gets the panel without a change here.
 */
public final class CapabilityPanels {
    private CapabilityPanels() {}

    public static List<Region> of(ForgetViewModel forget) {
        ShardMapViewModel map = new ShardMapViewModel(
                forget.chain().currentProperty(),
                forget.picks().pickedProperty(),
                forget.chain().history());
        DebtPanelModel debt = new DebtPanelModel(forget.chain());
        TreePanelModel tree = new TreePanelModel(
                forget.chain().currentProperty(),
                forget.picks().pickedProperty(),
                forget.planner().planProperty());
        LeafTreePanelModel leaves = new LeafTreePanelModel(forget.chain().currentProperty());
        return List.of(
                section("Shard map", new ShardMapView(map), map.mapProperty().isNotNull()),
                section("Tree of leaves", new LeafTreePanel(leaves), leaves.shownProperty()),
                section("Forget now, retrain later", new DebtPanel(debt), debt.shownProperty()),
                section("Tree", new TreePanel(tree), tree.shownProperty()));
    }

    private static Section section(String title, Region content, ObservableValue<Boolean> shown) {
        Section section = new Section(title, null, content);
        Nodes.showWhen(section, shown);
        return section;
    }
}
