using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalogue.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class OneTimeAuthenticatorCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "last_totp_time_step",
                table: "asp_net_users",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "last_totp_time_step",
                table: "asp_net_users");
        }
    }
}
